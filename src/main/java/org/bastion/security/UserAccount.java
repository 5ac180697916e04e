package org.bastion.security;

import java.time.Instant;

import org.bastion.shared.JurisdictionPath;

/** An account as administrators see it; the password hash never leaves the module. */
public record UserAccount(long id, String username, String displayName, Role role, String jurisdictionCode,
		JurisdictionPath jurisdictionPath, boolean enabled, Instant lockedUntil) {
}
