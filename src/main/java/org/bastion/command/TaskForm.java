package org.bastion.command;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.bastion.shared.Idempotency;
import org.springframework.validation.BindingResult;

/**
 * The dispatch form as typed: the due time from a {@code datetime-local} field, the person from a list of the
 * area's staff by name, the place from the place picker, the group from the area's groups by name, the person
 * it concerns from the person picker; turned into a {@link NewTask}, with what it cannot read put beside its
 * field.
 */
record TaskForm(String title, String detail, String due, String priority, String assigneeUserId,
		String jurisdictionCode, String clientId, String groupId, String personId) {

	TaskForm(String title, String detail, String due, String priority, String assigneeUserId, String jurisdictionCode,
			String clientId) {
		this(title, detail, due, priority, assigneeUserId, jurisdictionCode, clientId, "", "");
	}

	static TaskForm blank() {
		return new TaskForm("", "", "", TaskPriority.NORMAL.name(), "", "", "page-" + UUID.randomUUID(), "", "");
	}

	NewTask toTask(BindingResult binding) {
		return new NewTask(title, detail, dueTime(binding), chosenPriority(), id(assigneeUserId, "assigneeUserId",
				"task.assignee.unknown", binding), jurisdictionCode, Idempotency.ofForm(clientId),
				id(groupId, "groupId", "task.group.unknown", binding), id(personId, "personId", "task.person.unknown", binding));
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

	private static Long id(String typed, String field, String unknown, BindingResult binding) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			binding.rejectValue(field, unknown, unknown);
			return null;
		}
	}
}
