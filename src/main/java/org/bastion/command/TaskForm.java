package org.bastion.command;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.bastion.shared.Idempotency;
import org.springframework.validation.BindingResult;

/**
 * The dispatch form as typed: the due time from a {@code datetime-local} field, the person from a list of the
 * area's staff by name, the place from the place picker; turned into a {@link NewTask}, with what it cannot
 * read put beside its field.
 */
record TaskForm(String title, String detail, String due, String priority, String assigneeUserId,
		String jurisdictionCode, String clientId) {

	static TaskForm blank() {
		return new TaskForm("", "", "", TaskPriority.NORMAL.name(), "", "", "page-" + UUID.randomUUID());
	}

	NewTask toTask(BindingResult binding) {
		return new NewTask(title, detail, dueTime(binding), chosenPriority(), chosenAssignee(binding), jurisdictionCode,
				Idempotency.ofForm(clientId));
	}

	private LocalDateTime dueTime(BindingResult binding) {
		if (due == null || due.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(due.strip());
		}
		catch (DateTimeParseException e) {
			binding.rejectValue("due", "task.due.shape", "task.due.shape");
			return null;
		}
	}

	private TaskPriority chosenPriority() {
		return TaskPriority.URGENT.name().equals(priority) ? TaskPriority.URGENT : TaskPriority.NORMAL;
	}

	private Long chosenAssignee(BindingResult binding) {
		if (assigneeUserId == null || assigneeUserId.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(assigneeUserId.strip());
		}
		catch (NumberFormatException e) {
			binding.rejectValue("assigneeUserId", "task.assignee.unknown", "task.assignee.unknown");
			return null;
		}
	}
}
