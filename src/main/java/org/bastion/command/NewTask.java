package org.bastion.command;

import java.time.LocalDateTime;

/**
 * A task to dispatch: to a person ({@code assigneeUserId}, an account of the sender's area), to a place
 * ({@code jurisdictionCode}, whose own staff see it) or to a work group ({@code groupId}, whose members see
 * it), one of the three; due at a time of the field's clock.
 *
 * @param clientId the phone's or page's id of this submission: the same id again answers the first task
 * @param personId the person the task concerns, if any (a person of the sender's area): their timeline shows it
 */
public record NewTask(String title, String detail, LocalDateTime due, TaskPriority priority, Long assigneeUserId,
		String jurisdictionCode, String clientId, Long groupId, Long personId) {

	/** A task to a person or a place, concerning no one in particular. */
	public NewTask(String title, String detail, LocalDateTime due, TaskPriority priority, Long assigneeUserId,
			String jurisdictionCode, String clientId) {
		this(title, detail, due, priority, assigneeUserId, jurisdictionCode, clientId, null, null);
	}

	public NewTask withClientId(String id) {
		return new NewTask(title, detail, due, priority, assigneeUserId, jurisdictionCode, id, groupId, personId);
	}
}
