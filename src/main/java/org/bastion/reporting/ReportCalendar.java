package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.ReportFigureSource.ReportWindow;

/**
 * The window arithmetic of the daily reports. The window of a date ends at that date's cut-off and starts
 * where the window of the day before ended, so consecutive windows neither leave a gap nor overlap, also
 * across a change of the cut-off; a cut-off of 00:00 makes the window the calendar day itself.
 */
final class ReportCalendar {

	private final List<ReportCutoff> settings;

	private final ZoneId zone;

	/** @param settings at least one, any order */
	ReportCalendar(List<ReportCutoff> settings, ZoneId zone) {
		if (settings.isEmpty()) {
			throw new IllegalArgumentException("No report cut-off is set");
		}
		this.settings = settings.stream().sorted(Comparator.comparing(ReportCutoff::effectiveFrom)).toList();
		this.zone = zone;
	}

	/** The setting in force on {@code date}: the latest one effective on or before it, else the earliest. */
	ReportCutoff on(LocalDate date) {
		ReportCutoff found = settings.getFirst();
		for (ReportCutoff setting : settings) {
			if (!setting.effectiveFrom().isAfter(date)) {
				found = setting;
			}
		}
		return found;
	}

	ReportWindow window(LocalDate date) {
		return new ReportWindow(date, end(date.minusDays(1)), end(date));
	}

	/** The report date whose window holds {@code instant}. */
	LocalDate dateOf(Instant instant) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		while (!end(date).isAfter(instant)) {
			date = date.plusDays(1);
		}
		while (end(date.minusDays(1)).isAfter(instant)) {
			date = date.minusDays(1);
		}
		return date;
	}

	/**
	 * A report date a user asked for, or the one under way at {@code now} when none: never one whose window
	 * has not begun.
	 */
	LocalDate reportDate(LocalDate asked, Instant now) {
		LocalDate current = dateOf(now);
		if (asked == null) {
			return current;
		}
		if (asked.isAfter(current)) {
			throw new InvalidInputException(new FieldViolation("date", "future", "report.date.future", current));
		}
		return asked;
	}

	/** When a unit's report of {@code date} is due; a later submission is accepted and marked late. */
	Instant deadline(LocalDate date, boolean township) {
		ReportCutoff setting = on(date);
		LocalTime time = township ? setting.townshipDeadline() : setting.villageDeadline();
		Instant deadline = date.atTime(time).atZone(zone).toInstant();
		// A deadline before the window closes would make every report late: it is due when the window closes.
		Instant end = end(date);
		return deadline.isBefore(end) ? end : deadline;
	}

	private Instant end(LocalDate date) {
		LocalTime cutoff = on(date).cutoff();
		return cutoff.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
				: date.atTime(cutoff).atZone(zone).toInstant();
	}

	/**
	 * What is wrong with a change, none when it may be made: it takes effect after {@code today} (a window
	 * already under way, or already reported, would otherwise move records between days), and townships,
	 * which sum their villages, are due no earlier than villages.
	 */
	static List<FieldViolation> problems(ReportCutoff change, LocalDate today) {
		List<FieldViolation> problems = new ArrayList<>();
		if (change.effectiveFrom() == null) {
			problems.add(new FieldViolation("effectiveFrom", "required", "report.cutoff.effectiveFrom.required"));
		}
		else if (!change.effectiveFrom().isAfter(today)) {
			problems.add(new FieldViolation("effectiveFrom", "future", "report.cutoff.effectiveFrom.future", today.plusDays(1)));
		}
		if (change.cutoff() == null) {
			problems.add(new FieldViolation("cutoff", "required", "report.cutoff.cutoff.required"));
		}
		if (change.villageDeadline() == null) {
			problems.add(new FieldViolation("villageDeadline", "required", "report.cutoff.villageDeadline.required"));
		}
		if (change.townshipDeadline() == null) {
			problems.add(new FieldViolation("townshipDeadline", "required", "report.cutoff.townshipDeadline.required"));
		}
		else if (change.villageDeadline() != null && change.townshipDeadline().isBefore(change.villageDeadline())) {
			problems.add(new FieldViolation("townshipDeadline", "order", "report.cutoff.townshipDeadline.order"));
		}
		return problems;
	}
}
