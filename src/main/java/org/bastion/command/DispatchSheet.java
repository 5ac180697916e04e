package org.bastion.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The morning dispatch list (早派工) of a place for a day: its tasks due or dispatched that day (and, for today,
 * those still open from before), grouped by the area of whoever holds them, each with its state and due
 * time, the overdue ones marked.
 *
 * @param carried whether the open tasks due before the day are listed (today and later)
 * @param at the moment the list was drawn up, for the printed sheet
 */
record DispatchSheet(String jurisdictionCode, String placeName, LocalDate date, boolean carried, List<Group> groups,
		int total, int done, int overdue, Instant at) {

	/** The tasks held in one area: by persons serving there, or by the place itself. */
	record Group(String jurisdictionCode, String placeName, List<Line> lines) {
	}

	/**
	 * @param assigneeName the person's name, null for a place's task
	 * @param carried due before the day and still open
	 */
	record Line(long id, String title, TaskPriority priority, TaskStatus status, String assigneeName,
			LocalDateTime due, boolean overdue, boolean escalated, boolean carried) {
	}
}
