package org.bastion.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bastion.shared.AccountNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' display names by login, for the answers of every module: one statement for all the
 * logins an answer names.
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
		for (int from = 0; from < logins.size(); from += CHUNK) {
			names.putAll(users.displayNames(logins.subList(from, Math.min(logins.size(), from + CHUNK))));
		}
		return Map.copyOf(names);
	}
}
