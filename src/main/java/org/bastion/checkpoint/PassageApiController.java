package org.bastion.checkpoint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.context.MessageSource;
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
@Tag(name = "Checkpoint passages", description = "Vehicles and people on foot registered at a checkpoint")
class PassageApiController {

	private final Passages passages;

	private final PassageBatches batches;

	private final MessageSource messages;

	PassageApiController(Passages passages, PassageBatches batches, MessageSource messages) {
		this.passages = passages;
		this.batches = batches;
		this.messages = messages;
	}

	record Batch(List<NewPassage> passages) {
	}

	record Violation(String field, String rule, String message) {
	}

	record Answer(int index, String clientId, PassageBatches.Status status, int httpStatus, PassageView passage,
			List<Violation> violations, String message) {
	}

	record BatchAnswer(int stored, int replayed, int refused, List<Answer> items) {
	}

	@PostMapping("/api/v1/checkpoints/{id}/passages")
	@Operation(summary = "Register a vehicle or a person on foot at a checkpoint",
			description = "Checkpoint staff, grid workers, township and county HQ; 400 naming every broken rule "
					+ "(plate format, temperature range, who must be identified), 409 at a closed checkpoint; a "
					+ "repeated clientId or Idempotency-Key returns the first one.")
	ResponseEntity<PassageView> register(@PathVariable long id, @RequestBody NewPassage body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		PassageView passage = passages.register(id,
				body.withClientId(Idempotency.clientId(key, body.clientId(), "passage.clientId.size")));
		return passage.replayed() ? ResponseEntity.ok(passage)
				: ResponseEntity.created(URI.create("/api/v1/checkpoints/" + id + "/passages/" + passage.id())).body(passage);
	}

	@PostMapping("/api/v1/checkpoints/{id}/passages:batch")
	@Operation(summary = "Register many passages at once",
			description = "For a phone catching up after being offline: each passage is stored on its own and answered "
					+ "as STORED, REPLAYED (its clientId seen before) or REFUSED with its violations.")
	BatchAnswer batch(@PathVariable long id, @RequestBody Batch body, Locale locale) {
		List<Answer> items = batches.register(id, body.passages() == null ? List.of() : body.passages())
			.stream()
			.map(o -> new Answer(o.index(), o.clientId(), o.status(), o.httpStatus(), o.passage(),
					o.violations().stream().map(v -> violation(v, locale)).toList(),
					o.messageKey() == null ? null : messages.getMessage(o.messageKey(), o.arguments(), o.messageKey(), locale)))
			.toList();
		int stored = (int) items.stream().filter(i -> i.status() == PassageBatches.Status.STORED).count();
		int replayed = (int) items.stream().filter(i -> i.status() == PassageBatches.Status.REPLAYED).count();
		return new BatchAnswer(stored, replayed, items.size() - stored - replayed, items);
	}

	@GetMapping("/api/v1/checkpoints/{id}/passages")
	@Operation(summary = "A checkpoint's passages of a day", description = "Today when no date is given; paged by cursor.")
	Slice<PassageView> list(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return passages.list(id, date, cursor, limit);
	}

	@GetMapping("/api/v1/checkpoints/{id}/stats")
	@Operation(summary = "A checkpoint's figures of a day",
			description = "Vehicles, persons, turned back, fevers and referrals in total and per hour; vehicles per plate province. Today when no date is given.")
	PassageStats stats(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return passages.stats(id, date);
	}

	private Violation violation(FieldViolation v, Locale locale) {
		return new Violation(v.field(), v.rule(), messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale));
	}
}
