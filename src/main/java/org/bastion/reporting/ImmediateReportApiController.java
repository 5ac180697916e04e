package org.bastion.reporting;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Immediate reports", description = "时时报: events that cannot wait, open until the township or HQ acknowledges them")
class ImmediateReportApiController {

	/** An acknowledgement: what was done or will be, optional. */
	record Acknowledgement(@Size(max = 200, message = "{immediate.note.size}") String note) {
	}

	private final ImmediateReports reports;

	ImmediateReportApiController(ImmediateReports reports) {
		this.reports = reports;
	}

	@PostMapping("/api/v1/immediate-reports")
	@Operation(summary = "File an immediate report",
			description = "kind CONFIRMED_CASE, SUSPECTED_CASE, FEVER_CLUSTER, CHECKPOINT_INCIDENT or OTHER; happenedAt on the "
					+ "field's clock (2020-02-01T10:30); the reporter is the caller, reporterPhone defaults to the one of their "
					+ "last report. 201 with the report; a repeated clientId or Idempotency-Key answers the first with 200.")
	ResponseEntity<ImmediateReportView> file(@Valid @RequestBody NewImmediateReport body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		NewImmediateReport request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "immediate.clientId.size"));
		ImmediateReportView report = reports.file(request);
		return ResponseEntity.status(report.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/immediate-reports/" + report.id()))
			.body(report);
	}

	@GetMapping("/api/v1/immediate-reports")
	@Operation(summary = "Immediate reports in the caller's area or a place inside it, newest first, cursor paged",
			description = "open=true for those not yet acknowledged.")
	Slice<ImmediateReportView> list(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		return reports.list(jurisdiction, open, cursor, limit);
	}

	@GetMapping("/api/v1/immediate-reports/{id}")
	@Operation(summary = "An immediate report")
	ImmediateReportView find(@PathVariable long id) {
		return reports.find(id);
	}

	@PostMapping("/api/v1/immediate-reports/{id}/acknowledgement")
	@Operation(summary = "Acknowledge an immediate report",
			description = "Township staff for their township, HQ for the county. 409 with `existing` naming who acknowledged "
					+ "it when it was acknowledged already.")
	ImmediateReportView acknowledge(@PathVariable long id, @Valid @RequestBody(required = false) Acknowledgement body) {
		return reports.acknowledge(id, body == null ? null : body.note());
	}
}
