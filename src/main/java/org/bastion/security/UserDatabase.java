package org.bastion.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserDatabase {

	private static final String COLUMNS = "id, username, display_name, password_hash, role, jurisdiction_code, jurisdiction_path, enabled, locked_until, failed_logins";

	private static final String BY_TOKEN = "SELECT t.id AS token_id, " + COLUMNS.replaceAll("(^|, )", "$1u.")
			+ " FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ? AND t.expires_at > ?";

	private final JdbcClient jdbc;

	UserDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredUser(UserAccount account, String passwordHash, int failedLogins) {
	}

	/** The account a token signs in, and the token's id. */
	record TokenUser(StoredUser user, long tokenId) {
	}

	Optional<StoredUser> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
			.param(username)
			.query(UserDatabase::map)
			.optional();
	}

	Optional<StoredUser> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(UserDatabase::map).optional();
	}

	/**
	 * The account an unexpired API token signs in, with the token: one statement, as every API request
	 * pays for it.
	 */
	Optional<TokenUser> findByToken(String tokenHash, Instant now) {
		return jdbc.sql(BY_TOKEN)
			.params(tokenHash, Timestamp.from(now))
			.query((rs, row) -> new TokenUser(map(rs, row), rs.getLong("token_id")))
			.optional();
	}

	List<UserAccount> listWithin(String scopePattern) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE " + InScope.positional() + " ORDER BY jurisdiction_path, username")
			.param(InScope.pattern(scopePattern))
			.query(UserDatabase::map)
			.list()
			.stream()
			.map(StoredUser::account)
			.toList();
	}

	/** Accounts whose area is {@code path} or above it. */
	List<UserAccount> covering(String path) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE " + InScope.holdingPositional() + " ORDER BY username LIMIT 500")
			.param(InScope.path(path))
			.query(UserDatabase::map)
			.list()
			.stream()
			.map(StoredUser::account)
			.toList();
	}

	/** The display names of the accounts with these logins, by login; the logins without an account are left out. */
	Map<String, String> displayNames(List<String> usernames) {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:logins)")
			.param("logins", usernames)
			.query((RowCallbackHandler) rs -> names.put(rs.getString("username"), rs.getString("display_name")));
		return names;
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	long insert(String username, String displayName, String passwordHash, Role role, String code, JurisdictionPath path) {
		jdbc.sql("""
				INSERT INTO app_user (username, display_name, password_hash, role, jurisdiction_code, jurisdiction_path)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(username, displayName, passwordHash, role.name(), code, path.value())
			.update();
		return findByUsername(username).orElseThrow().account().id();
	}

	/**
	 * Counts a password attempt before its password is checked, in one statement, so that attempts
	 * sent at once cannot all be checked while none has yet been counted: false when the account is
	 * locked or {@code limit} attempts are already counted (or under way).
	 */
	boolean reserveAttempt(String username, int limit, Instant now) {
		return jdbc.sql("""
				UPDATE app_user SET failed_logins = failed_logins + 1
				WHERE username = ? AND failed_logins < ? AND (locked_until IS NULL OR locked_until <= ?)""")
			.params(username, limit, Timestamp.from(now))
			.update() == 1;
	}

	/** Locks the account once its counted attempts reach {@code lockAfter}; the count starts again after the lock. */
	void lockIfExhausted(String username, int lockAfter, Instant lockUntil) {
		jdbc.sql("UPDATE app_user SET locked_until = ?, failed_logins = 0 WHERE username = ? AND failed_logins >= ?")
			.params(Timestamp.from(lockUntil), username, lockAfter)
			.update();
	}

	void recordSuccess(String username) {
		jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username).update();
	}

	void changePassword(long id, String passwordHash) {
		jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
	}

	void repath(String oldPath, String newPath) {
		PathRestamp.under(jdbc, new JurisdictionPath(oldPath), new JurisdictionPath(newPath), "app_user");
	}

	private static StoredUser map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant());
		return new StoredUser(account, rs.getString("password_hash"), rs.getInt("failed_logins"));
	}
}
