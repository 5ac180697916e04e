package org.bastion.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens for the API. Only a SHA-256 of each token is stored, so a copy of the
 * database does not hand out sessions; tokens expire and are revoked by deleting their row.
 */
@Component
class ApiTokens {

	static final Duration LIFETIME = Duration.ofHours(12);

	private static final String COLUMNS = "id, user_id, created_at, expires_at";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserDatabase users;

	ApiTokens(JdbcClient jdbc, UserDatabase users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	record NewToken(String token, Instant expiresAt) {
	}

	/** The token a request was signed in with, kept as its authentication's details. */
	record TokenId(long id) {
	}

	/** A token as its owner and administrators see it: never the token nor its hash. */
	record Row(long id, long userId, Instant createdAt, Instant expiresAt) {
	}

	/** The account a token signs in, and which token it was. */
	record SignIn(BastionPrincipal principal, TokenId token) {
	}

	NewToken issue(long userId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = Instant.now().plus(LIFETIME);
		jdbc.sql("DELETE FROM api_token WHERE expires_at < ?").param(Timestamp.from(Instant.now())).update();
		jdbc.sql("INSERT INTO api_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
			.params(hash(token), userId, Timestamp.from(expires))
			.update();
		return new NewToken(token, expires);
	}

	Optional<SignIn> resolve(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return users.findByToken(hash(token), Instant.now())
			.map(found -> new SignIn(BastionPrincipal.of(found.user().account(), found.user().passwordHash()),
					new TokenId(found.tokenId())))
			// Not the lock of failed passwords: anyone can type five wrong passwords for a known name, and
			// that must not sign its owner out. A disabled account stops here.
			.filter(signIn -> signIn.principal().isEnabled());
	}

	/** The unexpired tokens of an account, newest first. */
	List<Row> of(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE user_id = ? AND expires_at > ?"
				+ " ORDER BY created_at DESC, id DESC LIMIT 1000")
			.params(userId, Timestamp.from(Instant.now()))
			.query(ApiTokens::map)
			.list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = ? AND expires_at > ?")
			.params(id, Timestamp.from(Instant.now()))
			.query(ApiTokens::map)
			.optional();
	}

	boolean revoke(long id) {
		return jdbc.sql("DELETE FROM api_token WHERE id = ?").param(id).update() == 1;
	}

	/** Revokes every token of an account; how many there were. */
	int revokeAll(long userId) {
		return jdbc.sql("DELETE FROM api_token WHERE user_id = ?").param(userId).update();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("user_id"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant());
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
