package org.bastion.security;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthApiController {

	private final TokenSignIn signIn;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	AuthApiController(TokenSignIn signIn, CurrentViewer viewer, MessageSource messages) {
		this.signIn = signIn;
		this.viewer = viewer;
		this.messages = messages;
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record Me(long id, String username, String role, String jurisdictionCode, String jurisdictionPath,
			boolean masked, boolean readOnly) {
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Exchange a username and password for a bearer token",
			description = "Five wrong passwords in a row lock the account's password sign-in for 15 minutes (its "
					+ "tokens keep working); failures are also limited per client address.")
	@ApiResponse(responseCode = "401", description = "Wrong username or password, or the account is locked")
	@ApiResponse(responseCode = "429", description = "Too many failures from this address; see Retry-After")
	TokenSignIn.Token token(@Valid @RequestBody TokenRequest request) {
		return signIn.issueToken(request.username(), request.password());
	}

	/** Past the failures allowed from the caller's address: a 429 saying when to try again. */
	@ExceptionHandler(TokenSignIn.SignInThrottled.class)
	ResponseEntity<ProblemDetail> throttled(TokenSignIn.SignInThrottled ex) {
		HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(status)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user, their role and area")
	Me me() {
		Viewer v = viewer.get();
		return new Me(v.userId(), v.username(), v.role(), v.scope().leafCode(), v.scope().value(), v.masked(),
				v.readOnly());
	}
}
