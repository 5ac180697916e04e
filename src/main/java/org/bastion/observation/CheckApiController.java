package org.bastion.observation;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.observation.HealthChecks.BatchCheck;
import org.bastion.observation.HealthChecks.BatchOutcome;
import org.bastion.observation.HealthChecks.CheckOutcome;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checks", description = "Daily checks of observed persons: slots, readings, batches from phones")
class CheckApiController {

	private final HealthChecks checks;

	private final MessageSource messages;

	CheckApiController(HealthChecks checks, MessageSource messages) {
		this.checks = checks;
		this.messages = messages;
	}

	record Batch(List<BatchCheck> items) {
	}

	record Violation(String field, String rule, String message) {
	}

	record Outcome(int index, Long observationId, String clientId, int status, CheckOutcome recorded,
			List<Violation> violations, String message) {
	}

	record BatchAnswer(int stored, int replayed, int refused, List<Outcome> items) {
	}

	@GetMapping("/api/v1/observations/{id}/checks")
	@Operation(summary = "An order's check slots", description = "Each with its date, slot, window, state and readings.")
	Slice<SlotView> slots(@PathVariable long id) {
		return Slice.whole(checks.checks(id));
	}

	@PostMapping("/api/v1/observations/{id}/checks")
	@Operation(summary = "Record a check",
			description = "Temperature 35.0-42.0 °C; a date of the order that has come; 37.3 °C or a symptom opens an alert. "
					+ "The reading goes to the slot whose window holds its time (time, field time; now when absent for today) "
					+ "or to the slot picked: open now, or a missed one of today or yesterday (late: true, 补录); a filled slot, "
					+ "one still to come or a time in no window is refused naming slot. "
					+ "The same clientId (or Idempotency-Key) again stores nothing and answers as the first time; "
					+ "409 on a released order.")
	ResponseEntity<CheckOutcome> record(@PathVariable long id, @Valid @RequestBody NewCheck body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		NewCheck check = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "check.clientId.size"));
		return ResponseEntity.status(HttpStatus.CREATED).body(checks.record(id, check));
	}

	@PostMapping("/api/v1/observations/checks:batch")
	@Operation(summary = "Record many checks at once",
			description = "For a phone catching up after being offline: each item is checked and stored on its own and "
					+ "answered with the status the single endpoint would give (201, 200 seen before, 400, 404, 409).")
	BatchAnswer batch(@RequestBody Batch body, Locale locale) {
		List<BatchOutcome> outcomes = checks.recordBatch(body.items() == null ? List.of() : body.items());
		List<Outcome> items = outcomes.stream()
			.map(o -> new Outcome(o.index(), o.observationId(), o.clientId(), o.status(), o.recorded(),
					o.violations().stream().map(v -> violation(v, locale)).toList(),
					o.messageKey() == null ? null : messages.getMessage(o.messageKey(), null, o.messageKey(), locale)))
			.toList();
		int stored = (int) items.stream().filter(i -> i.status() == 201).count();
		int replayed = (int) items.stream().filter(i -> i.status() == 200).count();
		return new BatchAnswer(stored, replayed, items.size() - stored - replayed, items);
	}

	private Violation violation(FieldViolation v, Locale locale) {
		return new Violation(v.field(), v.rule(), messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale));
	}
}
