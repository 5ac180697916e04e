package org.bastion.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Signing out of the pages with "also revoke all my API tokens" ticked: every token of the account
 * stops working with the session, for a user who fears one has leaked.
 */
class RevokeTokensOnSignOut implements LogoutHandler {

	/** The sign-out form's checkbox. */
	static final String PARAMETER = "revokeTokens";

	private final Tokens tokens;

	RevokeTokensOnSignOut(Tokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof BastionPrincipal principal
				&& "true".equals(request.getParameter(PARAMETER))) {
			tokens.revokeAll(principal.userId(), principal.username(), "on signing out of the pages");
		}
	}
}
