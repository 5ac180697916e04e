package org.bastion.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.observation.Alerts.AlertClosing;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alerts", description = "Fever and symptom alerts of observed persons")
class AlertApiController {

	private final Alerts alerts;

	AlertApiController(Alerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/api/v1/alerts")
	@Operation(summary = "Alerts in the caller's area", description = "status OPEN or CLOSED; newest first, cursor paged.")
	Slice<AlertView> list(@ParameterObject AlertQuery query) {
		return alerts.list(query.status(), query.jurisdiction(), query.cursor(), query.limit());
	}

	@PostMapping("/api/v1/alerts/{id}/close")
	@Operation(summary = "Close an alert with what was done", description = "A note is required; 409 when closed already.")
	AlertView close(@PathVariable long id, @Valid @RequestBody AlertClosing body) {
		return alerts.close(id, body);
	}
}
