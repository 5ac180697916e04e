package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.bastion.reporting.DailyReport.FigureLine;
import org.bastion.reporting.DailyReport.ManualLine;
import org.bastion.reporting.DailyReport.Reminder;
import org.bastion.reporting.DailyReport.Revision;
import org.bastion.reporting.DailyReportDatabase.FigureRow;
import org.bastion.reporting.DailyReportDatabase.ManualRow;
import org.bastion.reporting.DailyReportDatabase.ReportRow;
import org.bastion.reporting.DailyReportDatabase.RevisionRow;
import org.bastion.reporting.DailyReportForm.Correction;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.bastion.shared.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's daily report: its figures derived from the records of the day's window, and its submission,
 * confirmed or zero, on time or late, amended with history.
 */
@Service
class DailyReports {

	private final ReportUnits units;

	private final ReportWindows windows;

	private final DailyFigures figures;

	private final ManualFields manualFields;

	private final DailyReportDatabase database;

	private final CurrentViewer viewer;

	private final AccountNames accountNames;

	private final FieldClock clock;

	private final AuditTrail audit;

	DailyReports(ReportUnits units, ReportWindows windows, DailyFigures figures, ManualFields manualFields,
			DailyReportDatabase database, CurrentViewer viewer, AccountNames accountNames, FieldClock clock,
			AuditTrail audit) {
		this.units = units;
		this.windows = windows;
		this.figures = figures;
		this.manualFields = manualFields;
		this.database = database;
		this.viewer = viewer;
		this.accountNames = accountNames;
		this.clock = clock;
		this.audit = audit;
	}

	/** The report of a unit the viewer sees, for a date (the current report date when null). */
	@Transactional(readOnly = true)
	DailyReport find(String unitRef, LocalDate asked) {
		ReportUnit unit = units.find(unitRef);
		ReportCalendar calendar = windows.calendar();
		return view(unit, calendar.reportDate(asked, clock.instant()), calendar, false);
	}

	@Transactional
	@PreAuthorize(Roles.HEALTH_WORKERS)
	DailyReport submit(DailyReportForm form) {
		String clientId = Idempotency.stored(form.clientId(), "report.clientId.shape");
		ReportUnit unit = units.find(form.unit());
		viewer.requireWritable(unit.path());
		if (clientId != null) {
			Optional<ReportRow> earlier = database.findByClientId(clientId);
			if (earlier.isPresent()) {
				ReportRow row = earlier.get();
				if (!row.unitRef().equals(unit.ref())) {
					throw new InvalidInputException(new FieldViolation("clientId", "unique", "report.clientId.taken"));
				}
				return view(unit, row.date(), windows.calendar(), true);
			}
		}
		ReportCalendar calendar = windows.calendar();
		Instant now = clock.instant();
		LocalDate date = calendar.reportDate(form.date(), now);
		Figures derived = derive(unit, calendar.window(date));
		List<ReportFigure> catalogue = figures.catalogue();
		List<FieldViolation> problems = DailyReportPolicy.problems(form, catalogue, derived,
				manualFields.active().stream().map(ManualField::id).collect(Collectors.toSet()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean late = now.isAfter(calendar.deadline(date, unit.township()));
		Optional<ReportRow> existing = database.find(unit.ref(), date);
		long reportId;
		int revision;
		try {
			if (existing.isPresent()) {
				reportId = existing.get().id();
				revision = existing.get().revision() + 1;
				database.amendReport(reportId, revision, form.zero());
			}
			else {
				reportId = database.insertReport(unit, date, form.zero(), late, now);
				revision = 1;
			}
			database.insertRevision(reportId, revision, clientId, form.zero(), late, form.reporterName().strip(),
					form.reporterPhone().strip(), trimmed(form.approver()), trimmed(form.note()), viewer.get().username(), now);
		}
		catch (DuplicateKeyException raced) {
			// Two phones of one unit submitting the same day at the same moment: the first one stands.
			throw new ConflictException("report.submittedMeanwhile", null);
		}
		database.insertFigures(reportId, revision, catalogue.stream().map(f -> {
			Correction correction = form.corrections().get(f.key());
			long value = derived.of(f.key());
			return correction == null ? new FigureRow(f.key(), value, value, null)
					: new FigureRow(f.key(), value, correction.value(), trimmed(correction.reason()));
		}).toList());
		// The policy has refused any field that is not on the form.
		List<ManualRow> manual = new ArrayList<>();
		form.manual().forEach((field, value) -> manual.add(new ManualRow(field, value)));
		database.insertManual(reportId, revision, manual);
		audit.record(revision == 1 ? AuditAction.CREATE : AuditAction.UPDATE, "daily-report:" + reportId,
				unit.ref() + " " + date + (form.zero() ? " zero" : "") + (late ? " late" : "") + " r" + revision);
		return view(unit, date, calendar, false);
	}

	/** Who submitted the unit's latest report, to fill in the next one. */
	@Transactional(readOnly = true)
	Optional<RevisionRow> lastReporter(ReportUnit unit) {
		return database.lastRevision(unit.ref());
	}

	/** Records that the unit was reminded (催报) of a report it has not submitted. */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	void remind(String unitRef, LocalDate asked) {
		ReportUnit unit = units.find(unitRef);
		viewer.requireWritable(unit.path());
		LocalDate date = windows.reportDate(asked);
		if (database.find(unit.ref(), date).isPresent()) {
			throw new ConflictException("report.remind.submitted", null);
		}
		database.insertReminder(unit.ref(), date, viewer.get().username(), clock.instant());
		audit.record(AuditAction.UPDATE, "daily-report-reminder:" + unit.ref(), date.toString());
	}

	/** What the records say for a unit over a window. */
	Figures derive(ReportUnit unit, ReportWindow window) {
		FigureCounts counts = figures.count(window, unit.path().likePattern());
		return unit.isArea() ? counts.within(unit.path()) : counts.ofUnit(unit.ref());
	}

	private DailyReport view(ReportUnit unit, LocalDate date, ReportCalendar calendar, boolean replayed) {
		ReportWindow window = calendar.window(date);
		Figures derived = derive(unit, window);
		Optional<ReportRow> report = database.find(unit.ref(), date);
		Map<String, FigureRow> submitted = new HashMap<>();
		Map<Long, Long> manualValues = new HashMap<>();
		List<RevisionRow> revisions = List.of();
		if (report.isPresent()) {
			ReportRow row = report.get();
			database.figures(row.id(), row.revision()).forEach(f -> submitted.put(f.key(), f));
			database.manual(row.id(), row.revision()).forEach(m -> manualValues.put(m.fieldId(), m.value()));
			revisions = database.revisions(row.id());
		}
		List<FigureLine> lines = figures.catalogue().stream().map(f -> {
			FigureRow s = submitted.get(f.key());
			return new FigureLine(f.key(), f.group(), f.kind(), derived.of(f.key()), s == null ? null : s.reported(),
					s == null ? null : s.derived(), s == null ? null : s.reason());
		}).toList();
		List<ManualLine> manual = new ArrayList<>();
		Map<Long, Long> retired = new HashMap<>(manualValues);
		for (ManualField field : manualFields.active()) {
			manual.add(new ManualLine(field.id(), field.label(), retired.remove(field.id())));
		}
		if (!retired.isEmpty()) {
			// Values typed into a field HQ has retired since: kept, under the field's old label.
			Map<Long, String> labels = manualFields.labels();
			retired.forEach((id, value) -> manual.add(new ManualLine(id, labels.getOrDefault(id, "#" + id), value)));
		}
		UnaryOperator<String> name = accountNames.namer(revisions.stream().map(RevisionRow::submittedBy).toList());
		List<Revision> history = revisions.stream()
			.map(r -> new Revision(r.revision(), r.zero(), r.late(), r.reporterName(), r.reporterPhone(), r.approver(),
					r.note(), r.submittedBy(), name.apply(r.submittedBy()), r.submittedAt()))
			.toList();
		Reminder reminder = database.reminderOf(unit.ref(), date).map(r -> new Reminder(r.lastAt(), r.times())).orElse(null);
		String status = report.map(r -> r.late() ? DailyReport.LATE : DailyReport.ON_TIME).orElse(DailyReport.MISSING);
		return new DailyReport(unit, date, window.from(), window.to(), calendar.deadline(date, unit.township()), status,
				report.map(ReportRow::zero).orElse(false), lines, manual, history, reminder, replayed);
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
