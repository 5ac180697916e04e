package org.bastion.arrivals;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/arrivals")
@Tag(name = "Arrivals", description = "Returnees: registration with risk level and recommended measure, details, lists")
class ArrivalApiController {


	private final Arrivals arrivals;

	private final MessageSource messages;

	ArrivalApiController(Arrivals arrivals, MessageSource messages) {
		this.arrivals = arrivals;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Register an arrival",
			description = "201 with the risk level, its reasons and the recommended measure. The person is found by "
					+ "ID number or registered. The same person's arrival on the same date, or a repeated "
					+ "Idempotency-Key/clientId, answers 200 with the stored record and `existing: true`. An ID number "
					+ "held in the caller's area by a person of another name than `person.name` is refused (400, rule "
					+ "`nameDiffers` on `person.idNumber` and `person.name`, the message naming the holder with the masked "
					+ "number and village), so that a mistyped number does not attach the arrival to somebody else: send "
					+ "`personChoice: EXISTING` to register it for that person (their record keeps its name), or send the "
					+ "corrected number. Every broken rule of the arrival and its person comes back in one answer.")
	ResponseEntity<ArrivalResponse> register(@Valid @RequestBody NewArrival body,
			@Parameter(description = "Makes a retried request safe; used as clientId when the body has none")
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey, Locale locale) {
		NewArrival request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "arrival.clientId.size"));
		ArrivalRegistration registration = arrivals.register(request);
		ArrivalResponse response = ArrivalResponse.of(registration.arrival(), registration.existing(), messages, locale);
		if (registration.existing()) {
			return ResponseEntity.ok(response);
		}
		return ResponseEntity.created(URI.create("/api/v1/arrivals/" + response.id())).body(response);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An arrival with its person, contacts and risk history", description = "404 outside the caller's area.")
	ArrivalResponse find(@PathVariable long id, Locale locale) {
		return ArrivalResponse.of(arrivals.find(id), null, messages, locale);
	}

	@GetMapping
	@Operation(summary = "Arrivals of an area", description = "Newest first, cursor paged; dates default to the last 28 days.")
	Slice<ArrivalResponse> list(@ParameterObject ArrivalQuery query, Locale locale) {
		return arrivals.list(query.jurisdiction(), query.from(), query.to(), query.risk(), query.cursor(), query.limit())
			.map(item -> ArrivalResponse.of(item, messages, locale));
	}
}
