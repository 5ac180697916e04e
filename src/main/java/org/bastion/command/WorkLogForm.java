package org.bastion.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.bastion.shared.Idempotency;
import org.springframework.validation.BindingResult;

/**
 * The evening review's form as typed: the day and place it is of, the version it edits, and the sections of
 * the log; turned into a {@link WorkLogSave}, with what it cannot read put beside its field.
 */
record WorkLogForm(String jurisdiction, String date, String version, String reports, String alerts, String tasks,
		String assessment, String clientId) {

	/** The form over a text (the saved log's, or the draft), editing {@code version}. */
	static WorkLogForm of(String jurisdiction, LocalDate date, int version, WorkLogText text) {
		return new WorkLogForm(jurisdiction, date.toString(), String.valueOf(version), text.reports(), text.alerts(),
				text.tasks(), text.assessment(), "page-" + UUID.randomUUID());
	}

	WorkLogSave toSave(BindingResult binding) {
		return new WorkLogSave(Idempotency.ofForm(clientId), jurisdiction, day(binding), edited(binding), reports, alerts,
				tasks, assessment);
	}

	private LocalDate day(BindingResult binding) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException e) {
			binding.rejectValue("date", "worklog.date.shape", "worklog.date.shape");
			return null;
		}
	}

	private Integer edited(BindingResult binding) {
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(version.strip());
		}
		catch (NumberFormatException e) {
			binding.rejectValue("version", "worklog.version.shape", "worklog.version.shape");
			return null;
		}
	}
}
