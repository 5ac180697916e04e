package org.bastion.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.bastion.shared.JurisdictionPath;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A request signed in as the application's own principal, for slice tests of other modules. The
 * layout reads the principal's display name and the viewer its area, which a plain
 * {@code @WithMockUser} does not carry.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** @param area the codes from the county down to the account's place */
	public static RequestPostProcessor as(Role role, String... area) {
		String username = "slice-" + role.name().toLowerCase();
		return user(new BastionPrincipal(1L, username, "切片测试", role, area[area.length - 1],
				JurisdictionPath.of(area), "", true, null));
	}
}
