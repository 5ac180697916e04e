package org.bastion.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bastion.security.Authentication;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthApiController {

	private final Authentication authentication;

	private final CurrentViewer viewer;

	AuthApiController(Authentication authentication, CurrentViewer viewer) {
		this.authentication = authentication;
		this.viewer = viewer;
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record Me(long id, String username, String role, String jurisdictionCode, String jurisdictionPath,
			boolean masked, boolean readOnly) {
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Exchange a username and password for a bearer token")
	Authentication.Token token(@Valid @RequestBody TokenRequest request) {
		return authentication.issueToken(request.username(), request.password());
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user, their role and area")
	Me me() {
		Viewer v = viewer.get();
		return new Me(v.userId(), v.username(), v.role(), v.scope().leafCode(), v.scope().value(), v.masked(),
				v.readOnly());
	}
}
