package org.bastion.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bastion.shared.AccountNames;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts' display names by login, for the answers of every module. */
@Component
@Transactional(readOnly = true)
class DisplayNames implements AccountNames {

	/** Logins per statement: a page names far fewer, the bound keeps a statement's parameters bounded. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	DisplayNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		List<String> logins = usernames.stream().filter(Objects::nonNull).distinct().toList();
		Map<String, String> names = new HashMap<>();
		for (int from = 0; from < logins.size(); from += CHUNK) {
			jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:logins)")
				.param("logins", logins.subList(from, Math.min(logins.size(), from + CHUNK)))
				.query((RowCallbackHandler) rs -> names.put(rs.getString("username"), rs.getString("display_name")));
		}
		return Map.copyOf(names);
	}
}
