package org.bastion.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The field's date and time of day, in the deployment's zone ({@code bastion.zone}): arrival dates, report
 * days and check windows are local to the county, while stored times are instants. Every "today" and
 * "now" of a module comes from here, read from the {@link Clock} bean, so that a test can put the field
 * at any moment (just before midnight, say) by replacing that bean.
 */
@Component
public class FieldClock {

	private final Clock clock;

	public FieldClock(Clock clock) {
		this.clock = clock;
	}

	public ZoneId zone() {
		return clock.getZone();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public LocalTime now() {
		return LocalTime.now(clock);
	}

	public Instant instant() {
		return clock.instant();
	}

	/** The wall-clock date and time of the field, for stamps people read (a backup's file name). */
	public LocalDateTime dateTime() {
		return LocalDateTime.now(clock);
	}

	/** The first instant of {@code date} in the field's zone. */
	public Instant startOf(LocalDate date) {
		return date.atStartOfDay(zone()).toInstant();
	}

	/** The first instant after {@code date}: a day's window is {@code [startOf(date), endOf(date))}. */
	public Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(zone()).toInstant();
	}

	/** The field's date of a stored instant: a record made at 00:30 in Sichuan belongs to that day, not the UTC day before. */
	public LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, zone());
	}

	/** A stored instant as the field's wall clock shows it; null stays null, as in optional columns. */
	public LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
	}

	/** The end of {@code date}'s windows that have passed: all of them on an earlier day, none on a later. */
	public LocalTime passedBy(LocalDate date) {
		// One reading of the clock: today and the time of day read apart could straddle midnight.
		LocalDateTime now = dateTime();
		if (date.isBefore(now.toLocalDate())) {
			return LocalTime.of(23, 59, 59);
		}
		return date.isAfter(now.toLocalDate()) ? null : now.toLocalTime();
	}
}
