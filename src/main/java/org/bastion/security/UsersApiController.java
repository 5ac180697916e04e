package org.bastion.security;

import java.net.URI;
import java.time.Instant;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class UsersApiController {

	private final Users users;

	private final PlaceNames places;

	UsersApiController(Users users, PlaceNames places) {
		this.users = users;
		this.places = places;
	}

	/** An account as the API gives it: its area by code and name (null for the whole deployment). */
	record Account(long id, String username, String displayName, Role role, String jurisdictionCode,
			String jurisdictionName, boolean enabled, Instant lockedUntil) {

		static Account of(UserAccount account, Function<String, String> placeNames) {
			return new Account(account.id(), account.username(), account.displayName(), account.role(),
					account.jurisdictionCode(), placeNames.apply(account.jurisdictionCode()), account.enabled(),
					account.lockedUntil());
		}
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "Accounts inside the administrator's area")
	Slice<Account> list() {
		Function<String, String> names = places.cached();
		return new Slice<>(users.list().stream().map(account -> Account.of(account, names)).toList(), null);
	}

	@PostMapping("/api/v1/users")
	@Operation(summary = "Create an account with a role and an area")
	ResponseEntity<Account> create(@Valid @RequestBody NewUser user) {
		UserAccount created = users.create(user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
			.body(Account.of(created, places.cached()));
	}
}
