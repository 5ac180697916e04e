package org.bastion.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens for the API. Only a SHA-256 of each token is stored, so a copy of the
 * database does not hand out sessions; tokens expire and can be revoked by deleting the row.
 */
@Component
class ApiTokens {

	static final Duration LIFETIME = Duration.ofHours(12);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserDatabase users;

	ApiTokens(JdbcClient jdbc, UserDatabase users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	record Issued(String token, Instant expiresAt) {
	}

	Issued issue(long userId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = Instant.now().plus(LIFETIME);
		jdbc.sql("DELETE FROM api_token WHERE expires_at < ?").param(Timestamp.from(Instant.now())).update();
		jdbc.sql("INSERT INTO api_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
			.params(hash(token), userId, Timestamp.from(expires))
			.update();
		return new Issued(token, expires);
	}

	Optional<BastionPrincipal> resolve(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return users.findByToken(hash(token), Instant.now())
			.map(stored -> BastionPrincipal.of(stored.account(), stored.passwordHash()))
			// Not the lock of failed passwords: anyone can type five wrong passwords for a known name, and
			// that must not sign its owner out. A disabled account stops here.
			.filter(BastionPrincipal::isEnabled);
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
