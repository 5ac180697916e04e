package org.bastion.command;

import java.time.LocalDateTime;

/**
 * A task to dispatch: to a person ({@code assigneeUserId}, an account of the sender's area) or to a place
 * ({@code jurisdictionCode}, whose own staff see it), one of the two; due at a time of the field's clock.
 *
 * @param clientId the phone's or page's id of this submission: the same id again answers the first task
 */
public record NewTask(String title, String detail, LocalDateTime due, TaskPriority priority, Long assigneeUserId,
		String jurisdictionCode, String clientId) {

	public NewTask withClientId(String id) {
		return new NewTask(title, detail, due, priority, assigneeUserId, jurisdictionCode, id);
	}
}
