package org.bastion.shared;

/**
 * Records who did what to personal data. Implemented by the security module, which adds the
 * user, the time and the client address; modules call it for views, changes and exports.
 */
public interface AuditTrail {

	void record(AuditAction action, String target, String detail);
}
