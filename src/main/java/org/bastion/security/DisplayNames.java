package org.bastion.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bastion.shared.AccountNames;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' display names by login, for the answers of every module: one statement for all the
 * logins an answer names. The caller's own name, when their API token was read with their account in this
 * very request, is taken from it (an answer about what they just did names nobody else).
 */
@Component
@Transactional(readOnly = true)
class DisplayNames implements AccountNames {

	/** Logins per statement: a page names far fewer, the bound keeps a statement's parameters bounded. */
	private static final int CHUNK = 500;

	private final UserDatabase users;

	DisplayNames(UserDatabase users) {
		this.users = users;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		List<String> logins = usernames.stream().filter(Objects::nonNull).distinct().toList();
		Map<String, String> names = new HashMap<>();
		BastionPrincipal caller = readThisRequest();
		if (caller != null && logins.contains(caller.username())) {
			names.put(caller.username(), caller.displayName());
			logins = logins.stream().filter(login -> !login.equals(caller.username())).toList();
		}
		for (int from = 0; from < logins.size(); from += CHUNK) {
			names.putAll(users.displayNames(logins.subList(from, Math.min(logins.size(), from + CHUNK))));
		}
		return Map.copyOf(names);
	}

	/** The caller signed in by an API token (read with its account for this request), or null. */
	private static BastionPrincipal readThisRequest() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getDetails() instanceof ApiTokens.TokenId
				&& auth.getPrincipal() instanceof BastionPrincipal principal && principal.displayName() != null ? principal : null;
	}
}
