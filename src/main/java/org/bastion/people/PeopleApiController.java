package org.bastion.people;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Persons: registration, search, details, reveal of masked identifiers")
class PeopleApiController {


	private final People people;

	private final MessageSource messages;

	PeopleApiController(People people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Register a person",
			description = "201 with the person (birth date and sex derived from the ID number) and any warnings; "
					+ "409 with `existing` when the ID number is registered; a repeated Idempotency-Key or "
					+ "clientId returns the first result and stores nothing.")
	ResponseEntity<PersonResponse> register(@Valid @RequestBody NewPerson body,
			@Parameter(description = "Makes a retried request safe; used as clientId when the body has none")
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey, Locale locale) {
		NewPerson request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "person.clientId.size"));
		Registration registration = people.register(request);
		return ResponseEntity.created(URI.create("/api/v1/people/" + registration.person().id()))
			.body(PersonResponse.of(registration, messages, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A person's details", description = "Masked for roles that may not read identifiers; 404 outside the caller's area.")
	PersonResponse find(@PathVariable long id) {
		return PersonResponse.of(people.find(id));
	}

	@GetMapping
	@Operation(summary = "Search persons",
			description = "q: an ID number (18 or 15 digits), a mobile phone (11 digits), 4 or more leading or "
					+ "trailing digits of either, or the start of a name; empty lists everyone. Newest first, "
					+ "cursor paged.")
	Slice<PersonResponse> search(@ParameterObject PersonQuery query) {
		return people.search(query.q(), query.jurisdiction(), query.cursor(), query.limit()).map(PersonResponse::of);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a person's facts",
			description = "Sending back a masked value keeps the stored one; `version` refuses a concurrent change with 409.")
	PersonResponse update(@PathVariable long id, @Valid @RequestBody PersonChanges body) {
		return PersonResponse.of(people.update(id, body));
	}

	@PostMapping("/{id}/reveal")
	@Operation(summary = "A person's details unmasked", description = "Audited as REVEAL.")
	PersonResponse reveal(@PathVariable long id) {
		return PersonResponse.of(people.reveal(id));
	}
}
