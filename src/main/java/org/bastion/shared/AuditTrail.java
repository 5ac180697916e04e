package org.bastion.shared;

import java.util.List;

/**
 * Records who did what to personal data. Implemented by the security module, which adds the
 * user, the time and the client address; modules call it for views, changes and exports.
 */
public interface AuditTrail {

	void record(AuditAction action, String target, String detail);

	/** The same action on many targets with one detail, written together (one batched statement). */
	default void recordAll(AuditAction action, List<String> targets, String detail) {
		targets.forEach(target -> record(action, target, detail));
	}

	/**
	 * The line {@link #record} would write for each row a module's own statement writes, for that statement to
	 * write as one more of its parts, so that a write whose round trips count (a passage at the roadside) makes
	 * one: the target is {@code targetPrefix} and the row's id.
	 */
	Line lineFor(AuditAction action, String targetPrefix, String detail);

	/**
	 * An audit line to be written by another statement: {@link #insertFrom} is an {@code INSERT … SELECT} of it
	 * for every row of the rows named (a {@code WITH} query's or a list of values), whose column {@code id}
	 * completes the target; its {@link #parameters} come first, in that order.
	 */
	record Line(String insertSelect, List<Object> parameters) {

		/** The {@code INSERT} writing the line for each row of {@code rows}, such as {@code "passage WHERE …"}. */
		public String insertFrom(String rows) {
			return insertSelect + " FROM " + rows;
		}
	}
}
