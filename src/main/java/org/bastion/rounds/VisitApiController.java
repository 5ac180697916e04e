package org.bastion.rounds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Household visits", description = "Outcomes recorded at the doors of a screening round")
class VisitApiController {

	private final Visits visits;

	VisitApiController(Visits visits) {
		this.visits = visits;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A visit", description = "404 outside the caller's area.")
	Visit find(@PathVariable long id) {
		return visits.find(id);
	}

	@PostMapping("/{id}")
	@Operation(summary = "Record an outcome at a door",
			description = "VISITED_NO_RETURNEES, VISITED_WITH_RETURNEES (returnees optional), NOBODY_HOME (stays on the "
					+ "list for a revisit), REFUSED (note required). A visit done or refused is final (409) until HQ "
					+ "reopens it; after the round's close, 409. A repeated clientId or Idempotency-Key returns the visit "
					+ "with `replayed` and stores nothing.")
	VisitResult record(@PathVariable long id, @Valid @RequestBody VisitReport body,
			@Parameter(description = "Makes a retried request safe; used as clientId when the body has none")
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		VisitReport report = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "visit.clientId.size"));
		return visits.record(id, report);
	}

	@PostMapping("/{id}/correction")
	@Operation(summary = "Correct an outcome marked by mistake",
			description = "While the round is open, any other outcome (rules as for recording one); the history keeps "
					+ "the correction with the status it replaced. 409 for a visit never marked, the same outcome, or a "
					+ "closed round. A repeated clientId or Idempotency-Key returns the visit with `replayed`.")
	VisitResult correct(@PathVariable long id, @Valid @RequestBody VisitReport body,
			@Parameter(description = "Makes a retried request safe; used as clientId when the body has none")
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		return visits.correct(id,
				body.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "visit.clientId.size")));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "A visit's outcomes and corrections", description = "Oldest first; 404 outside the caller's area.")
	Slice<VisitEntry> history(@PathVariable long id) {
		return Slice.whole(visits.history(id));
	}

	@GetMapping("/{id}/next")
	@Operation(summary = "The household to visit after this one",
			description = "The first never tried after it, else before it, then those where nobody was home, in the "
					+ "caller's part of the round (or the place given); 204 when every door there is done.")
	ResponseEntity<Visit> next(@PathVariable long id, @RequestParam(required = false) String jurisdiction) {
		return visits.next(id, jurisdiction).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen a visit done or refused", description = "For HQ: puts it back to pending.")
	Visit reopen(@PathVariable long id) {
		return visits.reopen(id);
	}
}
