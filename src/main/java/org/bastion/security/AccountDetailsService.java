package org.bastion.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserDatabase users;

	AccountDetailsService(UserDatabase users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(stored -> BastionPrincipal.of(stored.account(), stored.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
