package org.bastion.command;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Command", description = "The day's rhythm: the morning dispatch list, the evening review's draft and the work log")
class WorkLogApiController {

	private final WorkLogs logs;

	private final EveningReviews reviews;

	private final DispatchSheets sheets;

	WorkLogApiController(WorkLogs logs, EveningReviews reviews, DispatchSheets sheets) {
		this.logs = logs;
		this.reviews = reviews;
		this.sheets = sheets;
	}

	@GetMapping("/api/v1/work-log")
	@Operation(summary = "The work log (工作日志) saved for a place and day, its current version or the one asked for",
			description = "HQ, townships and leaders, for a place of their area (their own when jurisdiction is blank); "
					+ "date is the field's date, today when blank. 404 when no log is saved for that day; every "
					+ "version is listed in versions.")
	WorkLogView find(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Integer version) {
		return logs.find(jurisdiction, date, version);
	}

	@GetMapping("/api/v1/work-log/draft")
	@Operation(summary = "The evening review (晚研判) of a place and day: its figures and the log drafted from them",
			description = "The day's daily reports (submitted, missing, key figures), fever alerts, checkpoint fevers, "
					+ "tasks done, refused and overdue, and the sections drafted from them in the caller's language; "
					+ "saved is the log saved for the day, or null.")
	EveningReviewView draft(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return reviews.review(jurisdiction, date, LocaleContextHolder.getLocale());
	}

	@PutMapping("/api/v1/work-log")
	@Operation(summary = "Save the day's work log of a place as its next version",
			description = "Township and county HQ, for a place of their area. version is the version edited (0 or "
					+ "absent for the day's first save): 409 naming version when someone saved a newer one, with it as "
					+ "existing; every version is kept. A repeated clientId or Idempotency-Key returns the first save.")
	WorkLogView save(@RequestBody WorkLogSave body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		return logs.save(body.withClientId(Idempotency.clientId(key, body.clientId(), "worklog.clientId.shape")));
	}

	@GetMapping("/api/v1/work-log/search")
	@Operation(summary = "The work logs of the caller's area by date range and text, the newest day first",
			description = "q searches the text of every section (current versions); from and to bound the dates; "
					+ "jurisdiction narrows to a place of the area. Paged by cursor.")
	Slice<WorkLogListing> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		return logs.search(jurisdiction, q, from, to, cursor, limit);
	}

	@GetMapping("/api/v1/dispatch-list")
	@Operation(summary = "The morning dispatch list (早派工) of a place and day: its tasks by the area holding them",
			description = "Tasks due or dispatched that day, and for today and later the open ones due before; "
					+ "overdue ones marked. HQ, townships and leaders, for a place of their area.")
	DispatchSheet dispatchList(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return sheets.sheet(jurisdiction, date);
	}
}
