package org.bastion.security;

import java.time.Duration;
import java.time.Instant;

import org.bastion.shared.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after too many failed password sign-ins in a row, so that a password
 * cannot be guessed; every attempt, failed or not, goes to the audit log. The lock stops password
 * sign-in only: API tokens already issued keep working, or a guesser could sign anyone out.
 */
@Component
class LoginAttempts {

	static final int LOCK_AFTER = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	private final UserDatabase users;

	private final AuditLog audit;

	LoginAttempts(UserDatabase users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			// The attempt was counted before its password was checked (AccountDetailsService).
			users.lockIfExhausted(username, LOCK_AFTER, Instant.now().plus(LOCK_FOR));
		}
		audit.recordAs(username, AuditAction.LOGIN_FAILED, "user:" + username,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BastionPrincipal principal) {
			users.recordSuccess(principal.username());
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		audit.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, "user:" + event.getAuthentication().getName(),
				"page");
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BastionPrincipal principal) {
			audit.recordAs(principal.username(), AuditAction.LOGIN, "user:" + principal.username(), "page");
		}
	}
}
