package org.bastion.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The names of the accounts answers name by login: a person is named by name, not by login name, where
 * a name exists. Implemented by the security module over its accounts, so that modules below it (or
 * beside it) name the staff in their rows without reading its tables.
 */
public interface AccountNames {

	/**
	 * The display names of the accounts with these logins, keyed by login, in one query; a login with no
	 * account is not in the map, nor is a null.
	 */
	Map<String, String> displayNames(Collection<String> usernames);

	/**
	 * For building one answer: every login it names looked up at once; the function then gives a login's
	 * display name, the login itself where no account has it (a system actor, a removed account), and
	 * null for null.
	 */
	default UnaryOperator<String> namer(Collection<String> usernames) {
		Map<String, String> names = displayNames(usernames.stream().filter(Objects::nonNull).distinct().toList());
		return login -> login == null ? null : names.getOrDefault(login, login);
	}

	/** {@link #namer(Collection)} for the few logins one record names; nulls allowed. */
	default UnaryOperator<String> namer(String... usernames) {
		return namer(Arrays.asList(usernames));
	}
}
