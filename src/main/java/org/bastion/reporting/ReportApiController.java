package org.bastion.reporting;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.reporting.Rollups.DayFigures;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
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
import org.springframework.web.bind.annotation.DeleteMapping;

@RestController
@Tag(name = "Daily reports", description = "Daily and zero reports derived from the records, completeness, roll-ups")
class ReportApiController {

	/** A manual field to add. */
	record NewManualField(String label) {
	}

	/** A unit to remind of its report of a date (the current one when none). */
	record Reminder(String unit, LocalDate date) {
	}

	private final DailyReports reports;

	private final ReportCompleteness completeness;

	private final Rollups rollups;

	private final ReportWindows windows;

	private final ManualFields manualFields;

	ReportApiController(DailyReports reports, ReportCompleteness completeness, Rollups rollups, ReportWindows windows,
			ManualFields manualFields) {
		this.reports = reports;
		this.completeness = completeness;
		this.rollups = rollups;
		this.windows = windows;
		this.manualFields = manualFields;
	}

	@GetMapping("/api/v1/reports/daily")
	@Operation(summary = "A unit's daily report: the figures derived from the day's window and its status",
			description = "unit is a village's or township's code, or a unit's reference (site:12); date defaults to the "
					+ "report date under way.")
	DailyReport find(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return reports.find(unit, date);
	}

	@PostMapping("/api/v1/reports/daily")
	@Operation(summary = "Confirm and submit a unit's daily report, or a zero report ({zero: true})",
			description = "A second submission amends the report with history; a repeated clientId or Idempotency-Key "
					+ "stores nothing new. A zero report is refused while the window holds new records.")
	ResponseEntity<DailyReport> submit(@RequestBody DailyReportForm body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		DailyReport report = reports
			.submit(body.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "report.clientId.shape")));
		return ResponseEntity.status(report.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
	}

	@PostMapping("/api/v1/reports/daily/reminders")
	@Operation(summary = "Record a reminder (催报) to a unit that has not reported",
			description = "No message is sent (there is no SMS gateway): the reminder shows on the unit's report page.")
	ResponseEntity<Void> remind(@RequestBody Reminder body) {
		reports.remind(body.unit(), body.date());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/reports/completeness")
	@Operation(summary = "Which units below a place have reported for a date, on time or late, and which have not")
	Completeness completeness(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return completeness.of(jurisdiction, date);
	}

	@GetMapping("/api/v1/reports/rollup")
	@Operation(summary = "A place's figures for a date, summed from the records below it, with a row per child area")
	Rollup rollup(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return rollups.rollup(jurisdiction, date);
	}

	@GetMapping("/api/v1/reports/history")
	@Operation(summary = "A place's figures day by day", description = "At most 120 days; from defaults to 29 days before to.")
	Slice<DayFigures> history(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return Slice.whole(rollups.history(jurisdiction, from, to));
	}

	@GetMapping("/api/v1/reports/settings")
	@Operation(summary = "The window's cut-off and the deadlines, each from a date on")
	Slice<ReportCutoff> settings() {
		return Slice.whole(windows.settings());
	}

	@PutMapping("/api/v1/reports/settings")
	@Operation(summary = "Change the cut-off and deadlines from a later date on (HQ)")
	ReportCutoff change(@RequestBody ReportCutoff body) {
		return windows.change(body);
	}

	@GetMapping("/api/v1/reports/manual-fields")
	@Operation(summary = "The manual fields every unit types into its report")
	Slice<ManualField> manualFields() {
		return Slice.whole(manualFields.active());
	}

	@PostMapping("/api/v1/reports/manual-fields")
	@Operation(summary = "Add a manual field (HQ)")
	ResponseEntity<ManualField> addManualField(@RequestBody NewManualField body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(manualFields.add(body.label()));
	}

	@DeleteMapping("/api/v1/reports/manual-fields/{id}")
	@Operation(summary = "Retire a manual field (HQ); values submitted with it are kept")
	ResponseEntity<Void> retireManualField(@PathVariable long id) {
		manualFields.retire(id);
		return ResponseEntity.noContent().build();
	}
}
