package org.bastion.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health timeline", description = "A person's orders, readings, alerts, site stays and proposals")
class HealthTimelineApiController {

	private final HealthTimeline timeline;

	HealthTimelineApiController(HealthTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/api/v1/people/{id}/health-timeline")
	@Operation(summary = "A person's health events, newest first",
			description = "Each with its date, time when known, type, tone, message key and arguments; 404 outside the caller's area.")
	HealthTimelineView timeline(@PathVariable long id) {
		return timeline.of(id);
	}
}
