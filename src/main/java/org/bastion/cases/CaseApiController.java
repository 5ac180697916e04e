package org.bastion.cases;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
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
@Tag(name = "Cases", description = "Suspected, confirmed and asymptomatic cases, their outcomes and counts per day")
class CaseApiController {

	private final Cases cases;

	CaseApiController(Cases cases) {
		this.cases = cases;
	}

	@PostMapping("/api/v1/cases")
	@Operation(summary = "Record a case for a person",
			description = "201 with the case; status SUSPECTED, CONFIRMED or ASYMPTOMATIC; 409 with `existing` when the "
					+ "person has a case; a repeated clientId or Idempotency-Key returns the first case.")
	ResponseEntity<CaseView> create(@Valid @RequestBody NewCase body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		NewCase request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "case.clientId.size"));
		CaseView created = cases.create(request);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/cases/{id}")
	@Operation(summary = "A case")
	CaseView find(@PathVariable long id) {
		return cases.find(id);
	}

	@GetMapping("/api/v1/cases/{id}/history")
	@Operation(summary = "The statuses a case took, oldest first")
	Slice<CaseHistoryEntry> history(@PathVariable long id) {
		return Slice.whole(cases.history(id));
	}

	@PostMapping("/api/v1/cases/{id}/status")
	@Operation(summary = "Move a case to another status",
			description = "Allowed: suspected to confirmed, asymptomatic or died; asymptomatic to confirmed or recovered; "
					+ "confirmed to recovered or died. date defaults to today.")
	CaseView changeStatus(@PathVariable long id, @Valid @RequestBody CaseStatusChange body) {
		return cases.changeStatus(id, body);
	}

	@GetMapping("/api/v1/cases")
	@Operation(summary = "Cases in the caller's area, newest first, cursor paged")
	Slice<CaseView> list(@ParameterObject CaseQuery query) {
		return cases.list(query.jurisdiction(), query.status(), query.cursor(), query.limit());
	}

	@GetMapping("/api/v1/cases/daily")
	@Operation(summary = "New cases per status and day",
			description = "Every day from `from` (default 13 days before `to`) to `to` (default today), zeros included.")
	Slice<CaseDailyCount> daily(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return Slice.whole(cases.daily(jurisdiction, from, to));
	}
}
