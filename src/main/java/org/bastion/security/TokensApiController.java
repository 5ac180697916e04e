package org.bastion.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class TokensApiController {

	private final Tokens tokens;

	TokensApiController(Tokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/auth/tokens")
	@Operation(summary = "The caller's own unexpired API tokens, newest first, without their secret")
	Slice<Tokens.TokenInfo> mine() {
		return page(tokens.mine());
	}

	@DeleteMapping("/api/v1/auth/token")
	@Operation(summary = "Revoke the token this request is signed in with (sign out of the API)")
	ResponseEntity<Void> revokeCurrent() {
		tokens.revokeCurrent();
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/auth/tokens/{id}")
	@Operation(summary = "Revoke one token: the caller's own, or, for a system administrator, one of an account in their area")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/users/{id}/tokens")
	@Operation(summary = "The unexpired API tokens of an account in the administrator's area")
	Slice<Tokens.TokenInfo> ofUser(@PathVariable long id) {
		return page(tokens.ofUser(id));
	}

	@DeleteMapping("/api/v1/users/{id}/tokens")
	@Operation(summary = "Revoke every API token of an account in the administrator's area")
	ResponseEntity<Void> revokeAllOf(@PathVariable long id) {
		tokens.revokeAllOf(id);
		return ResponseEntity.noContent().build();
	}

	/** One page holds them all: tokens expire after 12 hours, so an account has few. */
	private static Slice<Tokens.TokenInfo> page(List<Tokens.TokenInfo> items) {
		return Slice.whole(items);
	}
}
