package org.bastion.checkpoint;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkpoints", description = "The register of checkpoints by road level, with their staffing agencies")
class CheckpointApiController {

	private final Checkpoints checkpoints;

	CheckpointApiController(Checkpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@PostMapping("/api/v1/checkpoints")
	@Operation(summary = "Put a checkpoint on the register", description = "Township and county HQ; 409 when the place "
			+ "has a checkpoint of that name; a repeated clientId or Idempotency-Key returns the first one.")
	ResponseEntity<CheckpointView> create(@Valid @RequestBody NewCheckpoint body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		CheckpointView checkpoint = checkpoints
			.create(body.withClientId(Idempotency.clientId(key, body.clientId(), "checkpoint.clientId.size")));
		return checkpoint.replayed() ? ResponseEntity.ok(checkpoint)
				: ResponseEntity.created(URI.create("/api/v1/checkpoints/" + checkpoint.id())).body(checkpoint);
	}

	@GetMapping("/api/v1/checkpoints")
	@Operation(summary = "Checkpoints of the caller's area or of a place in it", description = "Paged by cursor.")
	Slice<CheckpointView> list(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return checkpoints.list(jurisdiction, cursor, limit);
	}

	@GetMapping("/api/v1/checkpoints/{id}")
	@Operation(summary = "A checkpoint")
	CheckpointView find(@PathVariable long id) {
		return checkpoints.find(id);
	}

	@PostMapping("/api/v1/checkpoints/{id}/close")
	@Operation(summary = "Close a checkpoint from a day on", description = "400 for a day before it opened.")
	CheckpointView close(@PathVariable long id, @Valid @RequestBody CheckpointClosing body) {
		return checkpoints.close(id, body);
	}
}
