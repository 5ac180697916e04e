package org.bastion.security;

import org.bastion.shared.AuditAction;
import org.bastion.shared.BastionException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Exchanges a username and password for an API token, with the same lockout and audit as the sign-in page. */
@Service
class TokenSignIn {

	private final AuthenticationManager manager;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	TokenSignIn(AuthenticationManager manager, ApiTokens tokens, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.manager = manager;
		this.tokens = tokens;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	public record Token(String token, String tokenType, long expiresIn) {
	}

	/** Refused sign-in: a 401 naming no detail that would tell a guesser which half was wrong. */
	public static class SignInRefused extends BastionException {

		SignInRefused(String key) {
			super(key);
		}
	}

	/** Refused before the password was checked: too many failures from the caller's address (a 429). */
	public static class SignInThrottled extends BastionException {

		private final long retryAfterSeconds;

		SignInThrottled(long retryAfterSeconds) {
			super("login.throttled", Math.max(1, (retryAfterSeconds + 59) / 60));
			this.retryAfterSeconds = retryAfterSeconds;
		}

		/** Seconds until the address may try again, for the {@code Retry-After} header. */
		public long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}

	/**
	 * Not in one transaction: each attempt is counted in a statement of its own before the password is
	 * checked, so that an attempt holds no lock on its account while the password hash is computed.
	 */
	public Token issueToken(String username, String password) {
		BastionPrincipal principal;
		try {
			var auth = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			principal = (BastionPrincipal) auth.getPrincipal();
		}
		catch (ThrottledAuthenticationManager.TooManyAttempts tooMany) {
			throw new SignInThrottled(tooMany.retryAfterSeconds());
		}
		catch (LockedException locked) {
			throw new SignInRefused("login.locked");
		}
		catch (AuthenticationException refused) {
			throw new SignInRefused("login.failed");
		}
		return transaction.execute(status -> {
			ApiTokens.NewToken issued = tokens.issue(principal.userId());
			audit.recordAs(principal.username(), AuditAction.LOGIN, "user:" + principal.username(), "api token");
			return new Token(issued.token(), "Bearer", ApiTokens.LIFETIME.toSeconds());
		});
	}
}
