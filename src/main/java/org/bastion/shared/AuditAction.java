package org.bastion.shared;

/** What an audit entry is about. */
public enum AuditAction {
	LOGIN, LOGIN_FAILED, LOGOUT, TOKEN_ISSUED, TOKEN_REVOKED, VIEW, REVEAL, SEARCH, CREATE, UPDATE, DELETE, EXPORT, IMPORT
}
