package org.bastion.shared;

import java.util.Collection;
import java.util.List;

/**
 * The staff accounts a module puts on duty (a checkpoint's roster) without reading the security module's
 * tables: which accounts serve a place, and the accounts behind some ids. Implemented by the security
 * module; only enabled accounts are answered.
 */
public interface StaffAccounts {

	/** An account as a roster names it. */
	record Staff(long id, String username, String displayName, JurisdictionPath path) {
	}

	/**
	 * The enabled accounts that serve {@code area}: those whose own area lies inside it and those whose area
	 * holds it (a county leader who leads a township's shift), by display name, at most {@code limit}.
	 */
	List<Staff> serving(JurisdictionPath area, int limit);

	/** The enabled accounts with these ids; an unknown or disabled id is left out. */
	List<Staff> byIds(Collection<Long> ids);
}
