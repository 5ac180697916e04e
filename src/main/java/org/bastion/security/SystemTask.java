package org.bastion.security;

import java.util.function.Supplier;

import org.bastion.shared.JurisdictionPath;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (loading the demo county, scheduled jobs) as the system, with
 * the whole deployment in scope; the audit log names it {@code system}.
 */
public final class SystemTask {

	/** The login the records made by a system task carry ({@code createdBy} and the like). */
	public static final String USERNAME = "system";

	private static final BastionPrincipal SYSTEM = new BastionPrincipal(0, USERNAME, USERNAME, Role.SYSTEM_ADMIN,
			null, JurisdictionPath.ROOT, "", true, null);

	private SystemTask() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}
}
