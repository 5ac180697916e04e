package org.bastion.rounds;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
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
@RequestMapping("/api/v1/screening-rounds")
@Tag(name = "Screening rounds", description = "Door-to-door screening rounds: open, list, close, visits, coverage, comparison")
class RoundApiController {


	private final ScreeningRounds rounds;

	private final Visits visits;

	private final RoundCoverage coverage;

	private final RoundComparison comparison;

	RoundApiController(ScreeningRounds rounds, Visits visits, RoundCoverage coverage, RoundComparison comparison) {
		this.rounds = rounds;
		this.visits = visits;
		this.coverage = coverage;
		this.comparison = comparison;
	}

	@PostMapping
	@Operation(summary = "Open a round over an area",
			description = "Every household at or below the area becomes a pending visit for its grid. 201 with `id`, "
					+ "`number` (the N-th round over that area) and `households`. A repeated Idempotency-Key or clientId "
					+ "returns the round it opened.")
	ResponseEntity<ScreeningRound> open(@Valid @RequestBody RoundOpening body,
			@Parameter(description = "Makes a retried request safe; used as clientId when the body has none")
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		RoundOpening request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "round.clientId.size"));
		ScreeningRound round = rounds.open(request);
		return ResponseEntity.created(URI.create("/api/v1/screening-rounds/" + round.id())).body(round);
	}

	@GetMapping
	@Operation(summary = "Rounds concerning the caller's area",
			description = "Rounds over the caller's area, inside it, or over an area containing it; newest first.")
	Slice<ScreeningRound> list(@Parameter(description = "Only rounds over or under this jurisdiction code")
	@RequestParam(required = false) String jurisdiction) {
		return Slice.whole(rounds.list(jurisdiction));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A round")
	ScreeningRound find(@PathVariable long id) {
		return rounds.find(id);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a round", description = "No outcome is recorded afterwards (409).")
	ScreeningRound close(@PathVariable long id) {
		return rounds.close(id);
	}

	@GetMapping("/{id}/visits")
	@Operation(summary = "A round's visits in the caller's part of it",
			description = "Households not yet visited first (pending, then nobody home), cursor paged.")
	Slice<Visit> visits(@PathVariable long id, @ParameterObject VisitQuery query) {
		return visits.list(id, query.jurisdiction(), query.statuses(), query.cursor(), query.limit());
	}

	@GetMapping("/{id}/coverage")
	@Operation(summary = "Coverage of a round",
			description = "households, visited, withReturnees, nobodyHome, refused, pending and overdue (pending after "
					+ "the deadline) for the area and for each area right below it.")
	CoverageReport coverage(@PathVariable long id, @RequestParam(required = false) String jurisdiction) {
		return coverage.of(id, jurisdiction);
	}

	@GetMapping("/{id}/comparison")
	@Operation(summary = "This round against the previous one over the same area",
			description = "Returnees found per village in each round, and the persons newly found in this one.")
	RoundComparisonReport comparison(@PathVariable long id) {
		return comparison.of(id);
	}
}
