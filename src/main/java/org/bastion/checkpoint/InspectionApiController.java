package org.bastion.checkpoint;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkpoint inspections", description = "Supervisors' visits to checkpoints and what they found")
class InspectionApiController {

	private final Inspections inspections;

	InspectionApiController(Inspections inspections) {
		this.inspections = inspections;
	}

	@PostMapping("/api/v1/checkpoints/{id}/inspections")
	@Operation(summary = "Record a supervisor's visit to a checkpoint", description = "Township and county HQ; "
			+ "lacking names the checklist's points found lacking (a finding is then required); a repeated clientId "
			+ "or Idempotency-Key returns the first one.")
	ResponseEntity<InspectionView> record(@PathVariable long id, @Valid @RequestBody NewInspection body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		InspectionView visit = inspections.record(id,
				body.withClientId(Idempotency.clientId(key, body.clientId(), "inspection.clientId.size")));
		return visit.replayed() ? ResponseEntity.ok(visit)
				: ResponseEntity.created(URI.create("/api/v1/checkpoints/" + id + "/inspections/" + visit.id())).body(visit);
	}

	@GetMapping("/api/v1/checkpoints/{id}/inspections")
	@Operation(summary = "A checkpoint's inspection visits", description = "Newest first, paged by cursor.")
	Slice<InspectionView> ofCheckpoint(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		return inspections.ofCheckpoint(id, cursor, limit);
	}

	@GetMapping("/api/v1/checkpoint-inspections")
	@Operation(summary = "Inspection visits to the checkpoints of the caller's area or of a place in it",
			description = "Between two field days (the last week by default, a year at most), newest first, paged by cursor.")
	Slice<InspectionView> ofArea(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return inspections.ofArea(jurisdiction, from, to, cursor, limit);
	}
}
