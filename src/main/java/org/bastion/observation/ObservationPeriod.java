package org.bastion.observation;

import java.time.LocalDate;
import java.util.List;

/**
 * The arithmetic of an order: a period of {@code days} starting on {@code startDate} is checked on each
 * of those days and ends the day after the last, the day the person may be released. A 14-day order
 * starting on 1 February is checked on 1-14 February and ends on 15 February.
 */
public record ObservationPeriod(LocalDate startDate, int days) {

	/** The longest period an order may run, extensions included. */
	public static final int MAX_DAYS = 90;

	public ObservationPeriod {
		if (startDate == null) {
			throw new IllegalArgumentException("An observation period needs a start date");
		}
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("An observation period lasts 1 to " + MAX_DAYS + " days, not " + days);
		}
	}

	/** The day the person may be released: the period's days are over. */
	public LocalDate endDate() {
		return startDate.plusDays(days);
	}

	public LocalDate lastCheckDate() {
		return endDate().minusDays(1);
	}

	/** Every day that has check slots, in order. */
	public List<LocalDate> checkDates() {
		return startDate.datesUntil(endDate()).toList();
	}

	/** True on the days that have check slots. */
	public boolean covers(LocalDate date) {
		return !date.isBefore(startDate) && date.isBefore(endDate());
	}

	/** The same order kept {@code extra} days longer; the new days get slots of their own. */
	public ObservationPeriod extendedBy(int extra) {
		if (extra < 1) {
			throw new IllegalArgumentException("An extension adds at least one day");
		}
		return new ObservationPeriod(startDate, days + extra);
	}

	/** The days an extension adds, for making their slots. */
	public List<LocalDate> datesAddedBy(int extra) {
		return endDate().datesUntil(extendedBy(extra).endDate()).toList();
	}
}
