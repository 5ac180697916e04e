package org.bastion.command;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Command", description = "Work groups of county and township HQ, their members and head")
class WorkGroupApiController {

	private final WorkGroups groups;

	WorkGroupApiController(WorkGroups groups) {
		this.groups = groups;
	}

	@PostMapping("/api/v1/work-groups")
	@Operation(summary = "Set up a work group at a county or township of one's area (one's own without jurisdictionCode)",
			description = "Township and county HQ. 400 naming every mistake (no kind or name, a place below a township, "
					+ "a name the HQ has already), 403 for a place outside one's area; a repeated clientId or "
					+ "Idempotency-Key returns the first group.")
	ResponseEntity<WorkGroupView> create(@RequestBody NewWorkGroup body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		WorkGroupView group = groups.create(body.withClientId(Idempotency.clientId(key, body.clientId(), "workGroup.clientId.shape")));
		return group.replayed() ? ResponseEntity.ok(group)
				: ResponseEntity.created(URI.create("/api/v1/work-groups/" + group.id())).body(group);
	}

	@GetMapping("/api/v1/work-groups")
	@Operation(summary = "The work groups of the caller's area and those the caller is a member of", description = "Newest first, paged by cursor.")
	Slice<WorkGroupView> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return groups.list(cursor, limit);
	}

	@GetMapping("/api/v1/work-groups/{id}")
	@Operation(summary = "A work group of the caller's area, or one the caller is a member of, with its members and head")
	WorkGroupView group(@PathVariable long id) {
		return groups.find(id);
	}

	@PostMapping("/api/v1/work-groups/{id}/members")
	@Operation(summary = "Add an account of the group's HQ area as a member", description = "400 for an account of "
			+ "another area or an unknown one; a member already stays one.")
	WorkGroupView addMember(@PathVariable long id, @RequestBody WorkGroupChange body) {
		return groups.addMember(id, body);
	}

	@DeleteMapping("/api/v1/work-groups/{id}/members/{userId}")
	@Operation(summary = "Remove a member; the head, removed, leaves the group without one")
	WorkGroupView removeMember(@PathVariable long id, @PathVariable long userId) {
		return groups.removeMember(id, userId);
	}

	@PostMapping("/api/v1/work-groups/{id}/head")
	@Operation(summary = "Make a member the group's head (组长)", description = "400 for someone not in the group, and "
			+ "when the group has another head unless replace is true.")
	WorkGroupView head(@PathVariable long id, @RequestBody WorkGroupChange body) {
		return groups.setHead(id, body);
	}
}
