package org.bastion.reporting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When the day's window closes and when reports are due, from a date on: villages (and the units that
 * report like them, isolation sites) by {@code villageDeadline}, townships, which sum their villages, by
 * {@code townshipDeadline}.
 *
 * @param cutoff the time the window of a report date ends; 00:00 means the window is the calendar day itself
 */
record ReportCutoff(LocalDate effectiveFrom, LocalTime cutoff, LocalTime villageDeadline,
		LocalTime townshipDeadline) {
}
