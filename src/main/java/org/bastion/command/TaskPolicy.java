package org.bastion.command;

import java.time.Instant;

/**
 * Which change may follow which on a task, and when one is escalated. A task is acknowledged once, from
 * dispatched; work starts on a received task; a received or started task is done; any open task may be
 * refused with a reason; a done or refused task is closed. A task is escalated when it is still open past
 * its due time, once: a group's task to the group's head, any other (a person's, a place's, a group's that
 * has no head) to the HQ of its area, the dispatchers whose area holds it. A photo is added to a task
 * acknowledged and not refused.
 */
final class TaskPolicy {

	/** A change asked of a task. */
	sealed interface Change permits Acknowledge, Start, Complete, Refuse {
	}

	/** The assignee says they have it (签收). */
	record Acknowledge() implements Change {
	}

	/** The assignee starts on it. */
	record Start() implements Change {
	}

	/** The assignee reports it done. */
	record Complete() implements Change {
	}

	/** The assignee cannot do it, and says why. */
	record Refuse() implements Change {
	}

	/** The policy's answer. */
	sealed interface Decision permits Allowance, Refusal {
	}

	record Allowance(TaskStatus next) implements Decision {
	}

	/** Refusal with the message key saying why. */
	record Refusal(String messageKey) implements Decision {
	}

	/** Whom a task was dispatched to. */
	sealed interface Target permits ToPerson, ToPlace, ToGroup {
	}

	record ToPerson(long userId) implements Target {
	}

	record ToPlace(String jurisdictionCode) implements Target {
	}

	/** A work group, with its head's account (null while it has none). */
	record ToGroup(long groupId, Long headUserId) implements Target {
	}

	/** Whom an overdue task is escalated to. */
	sealed interface Escalation permits ToHead, ToAreaHq {
	}

	/** The group's head (组长), who sees it in red. */
	record ToHead(long userId) implements Escalation {
	}

	/** The HQ of the task's area: the dispatchers whose area holds its place. */
	record ToAreaHq() implements Escalation {
	}

	private TaskPolicy() {
	}

	/** Whom an overdue task to {@code target} goes to. */
	static Escalation escalatesTo(Target target) {
		return switch (target) {
			case ToGroup group when group.headUserId() != null -> new ToHead(group.headUserId());
			case ToGroup group -> new ToAreaHq();
			case ToPerson person -> new ToAreaHq();
			case ToPlace place -> new ToAreaHq();
		};
	}

	/** Whether a photo may be added to a task in this state: received, started or done, not refused. */
	static Decision photo(TaskStatus current) {
		return switch (current) {
			case DISPATCHED -> new Refusal("task.notAcknowledged");
			case REFUSED -> new Refusal("task.closed");
			default -> new Allowance(current);
		};
	}

	static Decision decide(TaskStatus current, Change change) {
		if (!current.open()) {
			return new Refusal("task.closed");
		}
		return switch (change) {
			case Acknowledge acknowledge -> current == TaskStatus.DISPATCHED ? new Allowance(TaskStatus.RECEIVED)
					: new Refusal("task.acknowledged.already");
			case Start start -> switch (current) {
				case DISPATCHED -> new Refusal("task.notAcknowledged");
				case RECEIVED -> new Allowance(TaskStatus.IN_PROGRESS);
				default -> new Refusal("task.started.already");
			};
			case Complete complete -> current == TaskStatus.DISPATCHED ? new Refusal("task.notAcknowledged")
					: new Allowance(TaskStatus.DONE);
			case Refuse refuse -> new Allowance(TaskStatus.REFUSED);
		};
	}

	/** Whether a task is escalated now: open, past its due time, and not escalated before. */
	static boolean escalates(TaskStatus status, Instant dueAt, Instant escalatedAt, Instant now) {
		return status.open() && escalatedAt == null && now.isAfter(dueAt);
	}

	/** Whether a task is overdue now: open and past its due time, escalated or not yet. */
	static boolean overdue(TaskStatus status, Instant dueAt, Instant now) {
		return status.open() && now.isAfter(dueAt);
	}

	/** Whether a due time may be given to a new task: not in the past. */
	static boolean dueAccepted(Instant dueAt, Instant now) {
		return !dueAt.isBefore(now);
	}
}
