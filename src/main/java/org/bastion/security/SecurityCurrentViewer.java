package org.bastion.security;

import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Viewer;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The viewer behind every scoped query: the signed-in principal's area, masking and write rights. */
@Component
class SecurityCurrentViewer implements CurrentViewer {

	@Override
	public Viewer get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof BastionPrincipal p) {
			return new Viewer(p.userId(), p.username(), p.role().name(), p.scope(), p.role().masked(),
					p.role().readOnly());
		}
		throw new AuthenticationCredentialsNotFoundException("No signed-in user");
	}
}
