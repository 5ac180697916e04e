package org.bastion.shared;

/**
 * Records who did what to personal data. Implemented by the security module, which adds the
 * user, the time and the client address; modules call it for views, changes and exports.
 */
public interface AuditTrail {

	void record(AuditAction action, String target, String detail);

	/** The same action on many targets with one detail, written together (one batched statement). */
	default void recordAll(AuditAction action, java.util.List<String> targets, String detail) {
		targets.forEach(target -> record(action, target, detail));
	}
}
