package org.bastion.security;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts as Spring Security's password check loads them. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserDatabase users;

	AccountDetailsService(UserDatabase users) {
		this.users = users;
	}

	/**
	 * The account for a password check, with the attempt counted first: an account that has no attempt
	 * left comes back locked, so its password is not even compared.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		BastionPrincipal principal = users.findByUsername(username)
			.map(stored -> BastionPrincipal.of(stored.account(), stored.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
		if (principal.isAccountNonLocked()
				&& !users.reserveAttempt(username, LoginAttempts.LOCK_AFTER, Instant.now())) {
			return principal.lockedFor(LoginAttempts.LOCK_FOR);
		}
		return principal;
	}
}
