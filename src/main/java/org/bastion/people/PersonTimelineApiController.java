package org.bastion.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Person timeline",
		description = "A person's arrivals, observation orders, readings, alerts, proposals, site stays, cases, close-contact records and check-ins")
class PersonTimelineApiController {

	private final PersonTimeline timeline;

	PersonTimelineApiController(PersonTimeline timeline) {
		this.timeline = timeline;
	}

	// The path keeps the name it had when only health events were on it: clients call it so.
	@GetMapping("/api/v1/people/{id}/health-timeline")
	@Operation(summary = "A person's timeline, newest first",
			description = "Each entry with its date, time when known, type, tone, message key and arguments, and the "
					+ "record's page; only records in the caller's area; 404 when the person is outside it.")
	PersonTimelineView timeline(@PathVariable long id) {
		return timeline.of(id);
	}
}
