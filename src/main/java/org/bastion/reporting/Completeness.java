package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.reporting.DailyReport.Reminder;

/**
 * Who has reported for a date below a place: every unit with its status, and the counts of each child area,
 * so that the township sees the villages still missing and the county the townships behind.
 *
 * @param units every unit below the place, those still missing first
 */
record Completeness(Jurisdiction place, LocalDate date, Tally tally, List<UnitStatus> units, List<AreaTally> areas) {

	/**
	 * @param status {@link DailyReport#MISSING}, {@link DailyReport#ON_TIME} or {@link DailyReport#LATE}
	 * @param overdue whether a missing report is past its deadline
	 */
	record UnitStatus(ReportUnit unit, String status, boolean zero, Instant submittedAt, Instant deadline,
			boolean overdue, Reminder reminder) {
	}

	/** How many units were expected and how they stand; a zero report counts as reported. */
	record Tally(int expected, int reported, int onTime, int late, int zero) {

		@JsonProperty
		public int missing() {
			return expected - reported;
		}

		/** Reported units as a share of the expected, in whole percent (100 when none is expected). */
		@JsonProperty
		public int percent() {
			return expected == 0 ? 100 : (int) Math.floor(100.0 * reported / expected);
		}
	}

	/** The tally of the units at or below one child area of the place. */
	record AreaTally(String code, String name, Tally tally) {
	}
}
