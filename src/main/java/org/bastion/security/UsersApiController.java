package org.bastion.security;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class UsersApiController {

	private final Users users;

	UsersApiController(Users users) {
		this.users = users;
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "Accounts inside the administrator's area")
	Map<String, List<UserAccount>> list() {
		return Map.of("items", users.list());
	}

	@PostMapping("/api/v1/users")
	@Operation(summary = "Create an account with a role and an area")
	ResponseEntity<UserAccount> create(@Valid @RequestBody NewUser user) {
		UserAccount created = users.create(user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}
}
