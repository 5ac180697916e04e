package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The day's window of the reports and their deadlines, as HQ sets them. */
@Service
class ReportWindows {

	private final ReportCutoffDatabase database;

	private final FieldClock clock;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	ReportWindows(ReportCutoffDatabase database, FieldClock clock, CurrentViewer viewer, AuditTrail audit) {
		this.database = database;
		this.clock = clock;
		this.viewer = viewer;
		this.audit = audit;
	}

	public ReportWindow window(LocalDate date) {
		return calendar().window(date);
	}

	/** The date of the report whose window is under way now. */
	public LocalDate current() {
		return calendar().dateOf(clock.instant());
	}

	Instant deadline(LocalDate date, boolean township) {
		return calendar().deadline(date, township);
	}

	/** A report date a user asked for, or the current one when none: never one whose window has not begun. */
	LocalDate reportDate(LocalDate asked) {
		return calendar().reportDate(asked, clock.instant());
	}

	/** The settings, oldest first, and the one in force today. */
	List<ReportCutoff> settings() {
		return database.all();
	}

	ReportCutoff inForce() {
		return calendar().on(clock.today());
	}

	@Transactional
	@PreAuthorize(Roles.HQ)
	public ReportCutoff change(ReportCutoff change) {
		List<FieldViolation> problems = ReportCalendar.problems(change, clock.today());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		database.put(change, viewer.get().username(), clock.instant());
		audit.record(AuditAction.UPDATE, "report-cutoff:" + change.effectiveFrom(), change.cutoff() + " "
				+ change.villageDeadline() + " " + change.townshipDeadline());
		return change;
	}

	/**
	 * The settings read once: a request that works out a date, its window and deadlines, or a month of
	 * windows, asks the database once.
	 */
	ReportCalendar calendar() {
		return new ReportCalendar(database.all(), clock.zone());
	}
}
