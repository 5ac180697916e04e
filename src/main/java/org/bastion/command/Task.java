package org.bastion.command;

import java.time.Instant;

import org.bastion.shared.ConflictException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Viewer;

/**
 * A task as stored, the aggregate whose state only moves as {@link TaskPolicy} allows: a change it refuses
 * is a conflict (a second acknowledgement, work on a closed task), never a second row or a silent update.
 */
record Task(long id, String clientId, String title, String detail, TaskPriority priority, TaskStatus status,
		Long assigneeUserId, String assigneeUsername, String jurisdictionCode, JurisdictionPath path, Instant dueAt,
		Instant escalatedAt, String dispatchedBy, Instant dispatchedAt, String receivedBy, Instant receivedAt,
		Instant startedAt, String closedBy, Instant closedAt, String note, String source, Long sourceId,
		String sourceLink) {

	/** The state after {@code change}, or the conflict saying why it may not follow this one. */
	TaskStatus after(TaskPolicy.Change change) {
		return switch (TaskPolicy.decide(status, change)) {
			case TaskPolicy.Allowance allowed -> allowed.next();
			case TaskPolicy.Refusal refused -> throw new ConflictException(refused.messageKey(), id, title);
		};
	}

	/** A person's task is the assignee's; a place's task is its own staff's, those whose area is that place. */
	boolean heldBy(Viewer viewer) {
		return assigneeUserId != null ? assigneeUserId == viewer.userId() : path.equals(viewer.scope());
	}

	boolean overdue(Instant now) {
		return TaskPolicy.overdue(status, dueAt, now);
	}
}
