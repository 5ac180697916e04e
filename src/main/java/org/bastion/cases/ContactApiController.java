package org.bastion.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Close contacts", description = "A case's close contacts, putting them under observation, tracing")
class ContactApiController {

	private final Contacts contacts;

	private final Tracing tracing;

	ContactApiController(Contacts contacts, Tracing tracing) {
		this.contacts = contacts;
		this.tracing = tracing;
	}

	@PostMapping("/api/v1/cases/{id}/contacts")
	@Operation(summary = "Add close contacts to a case",
			description = "Rows of name, phone, idNumber?, relation, lastExposureDate; each person found by ID number or "
					+ "registered; a contact already there is counted in `duplicates`, not stored again; a row naming "
					+ "the case themself is a 400 naming the row (contacts[i].idNumber), and nothing is stored.")
	ResponseEntity<ContactBatchOutcome> add(@PathVariable long id, @Valid @RequestBody ContactBatch body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(contacts.add(id, body.contacts()));
	}

	@GetMapping("/api/v1/cases/{id}/contacts")
	@Operation(summary = "A case's close contacts with their observation")
	Slice<ContactView> list(@PathVariable long id) {
		return Slice.whole(contacts.ofCase(id));
	}

	@GetMapping("/api/v1/cases/{id}/contact-suggestions")
	@Operation(summary = "Companions and contacts the case's person named at recent arrivals")
	Slice<ContactSuggestion> suggestions(@PathVariable long id) {
		return Slice.whole(contacts.fromArrivals(id));
	}

	@PostMapping("/api/v1/cases/{id}/contacts/observe")
	@Operation(summary = "Put every contact not yet observed under home observation",
			description = "Orders with reason CLOSE_CONTACT starting on the last exposure date (today when unknown).")
	ContactObservationOutcome observe(@PathVariable long id) {
		return contacts.observeAll(id);
	}

	@GetMapping("/api/v1/cases/{id}/tracing")
	@Operation(summary = "Case, contacts, and the contacts of contacts who became cases")
	TracingTree tracing(@PathVariable long id) {
		return tracing.of(id);
	}
}
