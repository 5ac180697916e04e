package org.bastion.command;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A task as the API and the pages show it: accounts by login with their names beside, times as instants and
 * on the field's clock, whether it is overdue now and whether (since when) it is escalated.
 *
 * @param assigneeUserId null for a place's task, which its own staff hold
 * @param source the kind of work another module handed over ({@code SHIFT_GAP}), null for one dispatched by hand
 * @param sourceLink the page to do that work on
 * @param replayed true when a repeated client id answered the task stored the first time
 */
public record TaskView(long id, String title, String detail, TaskPriority priority, TaskStatus status,
		Long assigneeUserId, String assigneeUsername, String assigneeName, String jurisdictionCode, String placeName,
		Instant dueAt, LocalDateTime localDue, boolean overdue, boolean escalated, Instant escalatedAt, String dispatchedBy,
		String dispatchedByName, Instant dispatchedAt, String receivedBy, String receivedByName, Instant receivedAt,
		Instant startedAt, String closedBy, String closedByName, Instant closedAt, String note, String source,
		String sourceLink, boolean replayed) {

	TaskView asReplay() {
		return new TaskView(id, title, detail, priority, status, assigneeUserId, assigneeUsername, assigneeName,
				jurisdictionCode, placeName, dueAt, localDue, overdue, escalated, escalatedAt, dispatchedBy, dispatchedByName,
				dispatchedAt, receivedBy, receivedByName, receivedAt, startedAt, closedBy, closedByName, closedAt, note,
				source, sourceLink, true);
	}
}
