package org.bastion.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.bastion.shared.JurisdictionPath;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it, carrying its role and area. */
record BastionPrincipal(long userId, String username, String displayName, Role role, String jurisdictionCode,
		JurisdictionPath scope, String password, boolean enabled, Instant lockedUntil) implements UserDetails {

	static BastionPrincipal of(UserAccount account, String passwordHash) {
		return new BastionPrincipal(account.id(), account.username(), account.displayName(), account.role(),
				account.jurisdictionCode(), account.jurisdictionPath(), passwordHash, account.enabled(),
				account.lockedUntil());
	}

	/** The same account, seen as locked for {@code duration} from now. */
	BastionPrincipal lockedFor(Duration duration) {
		return new BastionPrincipal(userId, username, displayName, role, jurisdictionCode, scope, password, enabled,
				Instant.now().plus(duration));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
