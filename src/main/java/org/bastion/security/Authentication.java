package org.bastion.security;

import org.bastion.shared.AuditAction;
import org.bastion.shared.BastionException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges a username and password for an API token, with the same lockout and audit as the sign-in page. */
@Service
public class Authentication {

	private final AuthenticationManager manager;

	private final ApiTokens tokens;

	private final AuditLog audit;

	Authentication(AuthenticationManager manager, ApiTokens tokens, AuditLog audit) {
		this.manager = manager;
		this.tokens = tokens;
		this.audit = audit;
	}

	public record Token(String token, String tokenType, long expiresIn) {
	}

	/** Refused sign-in: a 401 naming no detail that would tell a guesser which half was wrong. */
	public static class SignInRefused extends BastionException {

		SignInRefused(String key) {
			super(key);
		}
	}

	@Transactional(noRollbackFor = SignInRefused.class)
	public Token issueToken(String username, String password) {
		try {
			var auth = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			BastionPrincipal principal = (BastionPrincipal) auth.getPrincipal();
			ApiTokens.Issued issued = tokens.issue(principal.userId());
			audit.recordAs(principal.username(), AuditAction.LOGIN, "user:" + principal.username(), "api token");
			return new Token(issued.token(), "Bearer", ApiTokens.LIFETIME.toSeconds());
		}
		catch (LockedException locked) {
			throw new SignInRefused("login.locked");
		}
		catch (AuthenticationException refused) {
			throw new SignInRefused("login.failed");
		}
	}
}
