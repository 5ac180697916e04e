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
		String sourceLink, Long groupId, Long personId, Long escalatedToUserId) {

	/** The state after {@code change}, or the conflict saying why it may not follow this one. */
	TaskStatus after(TaskPolicy.Change change) {
		return switch (TaskPolicy.decide(status, change)) {
			case TaskPolicy.Allowance allowed -> allowed.next();
			case TaskPolicy.Refusal refused -> throw new ConflictException(refused.messageKey(), id, title);
		};
	}

	/**
	 * A person's task is the assignee's; a group's task its members'; a place's task is its own staff's, those
	 * whose area is that place.
	 *
	 * @param member whether the viewer is a member of the task's group (ignored for a task to no group)
	 */
	boolean heldBy(Viewer viewer, boolean member) {
		if (groupId != null) {
			return member;
		}
		return assigneeUserId != null ? assigneeUserId == viewer.userId() : path.equals(viewer.scope());
	}

	/** Whom the task goes to, for the escalation's rule; {@code groupHead} the head of its group, if any. */
	TaskPolicy.Target target(Long groupHead) {
		if (groupId != null) {
			return new TaskPolicy.ToGroup(groupId, groupHead);
		}
		return assigneeUserId != null ? new TaskPolicy.ToPerson(assigneeUserId) : new TaskPolicy.ToPlace(jurisdictionCode);
	}

	boolean overdue(Instant now) {
		return TaskPolicy.overdue(status, dueAt, now);
	}
}
