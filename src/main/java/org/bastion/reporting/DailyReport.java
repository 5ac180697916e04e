package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;

/**
 * A unit's daily report of a date: the figures derived from the records of the window, the manual fields,
 * and what the unit submitted, if it did.
 *
 * @param status {@code MISSING} until the unit submits, then {@code ON_TIME} or {@code LATE} (by its first
 * submission); a zero report is a submission like any other
 * @param history every submission, newest first: a second one amends, it never duplicates
 * @param replayed whether the answer is that of a submission already stored under the same client id
 */
record DailyReport(ReportUnit unit, LocalDate date, Instant windowFrom, Instant windowTo, Instant deadline,
		String status, boolean zero, List<FigureLine> figures, List<ManualLine> manual, List<Revision> history,
		Reminder reminder, boolean replayed) {

	static final String MISSING = "MISSING";

	static final String ON_TIME = "ON_TIME";

	static final String LATE = "LATE";

	/**
	 * One figure: what the records say now, and what the unit reported with its reason where it differs.
	 *
	 * @param reported the submitted value, null before a submission
	 * @param submittedDerived what the records said when the unit submitted, null before a submission
	 */
	record FigureLine(String key, String group, Kind kind, long derived, Long reported, Long submittedDerived,
			String reason) {

		public boolean corrected() {
			return reported != null && submittedDerived != null && !reported.equals(submittedDerived);
		}
	}

	/** A manual field and the value submitted, null before a submission. */
	record ManualLine(long fieldId, String label, Long value) {
	}

	record Revision(int revision, boolean zero, boolean late, String reporterName, String reporterPhone,
			String approver, String note, String submittedBy, String submittedByName, Instant submittedAt) {
	}

	/** The last time the unit was reminded (催报) of this report, and how often. */
	record Reminder(Instant lastAt, int times) {
	}

	DailyReport replay() {
		return new DailyReport(unit, date, windowFrom, windowTo, deadline, status, zero, figures, manual, history,
				reminder, true);
	}

	public boolean submitted() {
		return !MISSING.equals(status);
	}
}
