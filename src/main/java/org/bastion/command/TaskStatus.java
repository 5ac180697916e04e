package org.bastion.command;

/** Where a task stands: dispatched, received (acknowledged), in progress, then done or refused. */
public enum TaskStatus {
	DISPATCHED, RECEIVED, IN_PROGRESS, DONE, REFUSED;

	/** Still to be done: an open task can be overdue and is escalated once past due. */
	public boolean open() {
		return this != DONE && this != REFUSED;
	}
}
