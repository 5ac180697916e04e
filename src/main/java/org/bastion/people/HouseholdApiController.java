package org.bastion.people;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Households with their head and members")
class HouseholdApiController {

	private final Households households;

	HouseholdApiController(Households households) {
		this.households = households;
	}

	record MemberRequest(@NotNull(message = "{household.personId.required}") Long personId, Relation relation) {
	}

	record HeadRequest(@NotNull(message = "{household.personId.required}") Long personId) {
	}

	@PostMapping
	@Operation(summary = "Create a household", description = "Optionally with its head, who must not belong to another household.")
	ResponseEntity<HouseholdView> create(@Valid @RequestBody NewHousehold body) {
		HouseholdView created = households.create(body);
		return ResponseEntity.created(URI.create("/api/v1/households/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A household with its members", description = "The head first.")
	HouseholdView find(@PathVariable long id) {
		return households.find(id);
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add a member", description = "409 when the person belongs to another household; relation HEAD makes them the head.")
	HouseholdView addMember(@PathVariable long id, @Valid @RequestBody MemberRequest body) {
		return households.addMember(id, body.personId(), body.relation());
	}

	@DeleteMapping("/{id}/members/{personId}")
	@Operation(summary = "Remove a member")
	HouseholdView removeMember(@PathVariable long id, @PathVariable long personId) {
		return households.removeMember(id, personId);
	}

	@PutMapping("/{id}/head")
	@Operation(summary = "Make a member the head", description = "The previous head stays a member.")
	HouseholdView setHead(@PathVariable long id, @Valid @RequestBody HeadRequest body) {
		return households.setHead(id, body.personId());
	}
}
