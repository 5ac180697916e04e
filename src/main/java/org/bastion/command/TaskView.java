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
 * @param groupId the work group whose members hold the task, null for a person's or a place's task
 * @param personId the person the task concerns, if any; {@code personName} null where the viewer does not see them
 * @param photo whether the task has the photo it was done with ({@code /api/v1/tasks/{id}/photo})
 * @param escalatedToUserId the group's head an overdue task went to; null for the HQ of its area
 */
public record TaskView(long id, String title, String detail, TaskPriority priority, TaskStatus status,
		Long assigneeUserId, String assigneeUsername, String assigneeName, String jurisdictionCode, String placeName,
		Instant dueAt, LocalDateTime localDue, boolean overdue, boolean escalated, Instant escalatedAt, String dispatchedBy,
		String dispatchedByName, Instant dispatchedAt, String receivedBy, String receivedByName, Instant receivedAt,
		Instant startedAt, String closedBy, String closedByName, Instant closedAt, String note, String source,
		String sourceLink, boolean replayed, Long groupId, String groupName, Long personId, String personName,
		boolean photo, Long escalatedToUserId, String escalatedToName) {

	/** A task to a person or a place, about nobody in particular, without a photo, never escalated to a head. */
	public TaskView(long id, String title, String detail, TaskPriority priority, TaskStatus status, Long assigneeUserId,
			String assigneeUsername, String assigneeName, String jurisdictionCode, String placeName, Instant dueAt,
			LocalDateTime localDue, boolean overdue, boolean escalated, Instant escalatedAt, String dispatchedBy,
			String dispatchedByName, Instant dispatchedAt, String receivedBy, String receivedByName, Instant receivedAt,
			Instant startedAt, String closedBy, String closedByName, Instant closedAt, String note, String source,
			String sourceLink, boolean replayed) {
		this(id, title, detail, priority, status, assigneeUserId, assigneeUsername, assigneeName, jurisdictionCode,
				placeName, dueAt, localDue, overdue, escalated, escalatedAt, dispatchedBy, dispatchedByName, dispatchedAt,
				receivedBy, receivedByName, receivedAt, startedAt, closedBy, closedByName, closedAt, note, source, sourceLink,
				replayed, null, null, null, null, false, null, null);
	}

	TaskView asReplay() {
		return new TaskView(id, title, detail, priority, status, assigneeUserId, assigneeUsername, assigneeName,
				jurisdictionCode, placeName, dueAt, localDue, overdue, escalated, escalatedAt, dispatchedBy, dispatchedByName,
				dispatchedAt, receivedBy, receivedByName, receivedAt, startedAt, closedBy, closedByName, closedAt, note,
				source, sourceLink, true, groupId, groupName, personId, personName, photo, escalatedToUserId, escalatedToName);
	}
}
