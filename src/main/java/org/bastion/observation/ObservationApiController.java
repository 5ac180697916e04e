package org.bastion.observation;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.observation.MonitorLists.MissedCheck;
import org.bastion.observation.MonitorLists.MonitorItem;
import org.bastion.observation.Observations.Extension;
import org.bastion.observation.Observations.ObservationSettings;
import org.bastion.observation.Observations.SettingsChange;
import org.bastion.observation.Releases.ReleaseNotice;
import org.bastion.observation.Releases.ReleaseRequest;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Observations", description = "Medical observation orders, their release, the monitor's lists, settings")
class ObservationApiController {


	private final Observations observations;

	private final Releases releases;

	private final MonitorLists lists;

	ObservationApiController(Observations observations, Releases releases, MonitorLists lists) {
		this.observations = observations;
		this.releases = releases;
		this.lists = lists;
	}

	@PostMapping("/api/v1/observations")
	@Operation(summary = "Put a person under observation",
			description = "201 with the order, its endDate (the day it may be released) and check slots made up front; "
					+ "409 with `existing` when the person has an open order; a repeated clientId or Idempotency-Key "
					+ "returns the first order and stores nothing.")
	ResponseEntity<ObservationView> create(@Valid @RequestBody NewObservation body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		NewObservation request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "observation.clientId.size"));
		ObservationView order = observations.create(request);
		return ResponseEntity.created(URI.create("/api/v1/observations/" + order.id())).body(order);
	}

	@GetMapping("/api/v1/observations/{id}")
	@Operation(summary = "An order")
	ObservationView find(@PathVariable long id) {
		return observations.find(id);
	}

	@GetMapping("/api/v1/observations")
	@Operation(summary = "Orders in the caller's area, newest first, cursor paged")
	Slice<ObservationView> list(@ParameterObject ObservationQuery query) {
		return observations.list(query.jurisdiction(), query.status(), query.cursor(), query.limit());
	}

	@PostMapping("/api/v1/observations/{id}/extend")
	@Operation(summary = "Keep an order open longer", description = "Adds days (1-30) and their slots; a reason is required.")
	ObservationView extend(@PathVariable long id, @Valid @RequestBody Extension body) {
		return observations.extend(id, body);
	}

	@PostMapping("/api/v1/observations/{id}/release")
	@Operation(summary = "Release an order",
			description = "On or after the end date when the last check was normal; earlier only by HQ or medical staff "
					+ "with a reason. Numbers the release notice; 409 when released already.")
	ObservationView release(@PathVariable long id, @Valid @RequestBody ReleaseRequest body) {
		return releases.release(id, body);
	}

	@GetMapping("/api/v1/observations/{id}/notice")
	@Operation(summary = "The release notice of a released order")
	ReleaseNotice notice(@PathVariable long id) {
		return releases.notice(id);
	}

	@GetMapping("/api/v1/observations/due-for-release")
	@Operation(summary = "Open orders whose end date has come", description = "date defaults to today.")
	Slice<ObservationView> dueForRelease(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return Slice.whole(releases.dueForRelease(date));
	}

	@GetMapping("/api/v1/observations/missed")
	@Operation(summary = "Checks missed on a day", description = "Slots whose window has passed with no reading; "
			+ "date defaults to today; mine=true for the caller's own persons only.")
	Slice<MissedCheck> missed(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(description = "A jurisdiction code inside the caller's area") @RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "false") boolean mine) {
		return Slice.whole(lists.missed(date, jurisdiction, mine));
	}

	@GetMapping("/api/v1/observations/mine")
	@Operation(summary = "The caller's persons today", description = "Each with today's slots: DUE, DONE, MISSED or FEVER.")
	Slice<MonitorItem> mine() {
		return Slice.whole(lists.mine());
	}

	@GetMapping("/api/v1/observation-settings")
	@Operation(summary = "The profile new orders take")
	ObservationSettings settings() {
		return observations.settings();
	}

	@PutMapping("/api/v1/observation-settings")
	@Operation(summary = "Change the profile for new orders", description = "HQ only; orders already made keep theirs.")
	ResponseEntity<ObservationSettings> changeSettings(@Valid @RequestBody SettingsChange body) {
		return ResponseEntity.status(HttpStatus.OK).body(observations.changeSettings(body));
	}
}
