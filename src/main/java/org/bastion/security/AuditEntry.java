package org.bastion.security;

import java.time.Instant;

import org.bastion.shared.AuditAction;

/** One line of the audit log: who did what to which record, when and from where. */
record AuditEntry(long id, Instant at, String username, AuditAction action, String target, String detail,
		String clientIp) {
}
