package org.bastion.observation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.springframework.validation.BindingResult;

/**
 * The "new order" form as typed: text fields, read here so that nothing a browser sends fails binding
 * and each mistake is shown beside its field.
 */
record ObservationForm(@Size(max = 20, message = "{observation.form.tooLong}") String personId,
		@Size(max = 8, message = "{observation.form.tooLong}") String kind,
		@Size(max = 10, message = "{observation.form.tooLong}") String startDate,
		@Size(max = 32, message = "{observation.form.tooLong}") String reason,
		@Size(max = 3, message = "{observation.form.tooLong}") String periodDays,
		@Size(max = 20, message = "{observation.form.tooLong}") String monitorUserId,
		@Size(max = 64, message = "{observation.clientId.size}") String clientId) {

	/** No reason chosen beforehand: a default would put a fever or a close contact down as "from a risk area". */
	static ObservationForm blank(Long personId, LocalDate today, int periodDays) {
		return new ObservationForm(personId == null ? null : String.valueOf(personId), ObservationKind.HOME.name(),
				today.toString(), null, String.valueOf(periodDays), null, UUID.randomUUID().toString());
	}

	NewObservation toRequest(BindingResult binding) {
		Long person = number(personId, "personId", binding, true);
		ObservationKind k = choice(ObservationKind.class, kind, "kind", binding);
		ObservationReason r = choice(ObservationReason.class, reason, "reason", binding);
		LocalDate start = null;
		if (blank(startDate)) {
			binding.rejectValue("startDate", "observation.startDate.required");
		}
		else {
			try {
				start = LocalDate.parse(startDate.strip());
			}
			catch (DateTimeParseException e) {
				binding.rejectValue("startDate", "observation.form.date");
			}
		}
		Long days = number(periodDays, "periodDays", binding, false);
		if (days != null && (days < 1 || days > 60)) {
			binding.rejectValue("periodDays", "observation.periodDays.range");
		}
		Long monitor = number(monitorUserId, "monitorUserId", binding, false);
		return new NewObservation(person, k, start, r, days == null ? null : days.intValue(), monitor, null,
				blank(clientId) ? null : clientId.strip());
	}

	private static Long number(String text, String field, BindingResult binding, boolean required) {
		if (blank(text)) {
			if (required) {
				binding.rejectValue(field, "observation." + field + ".required");
			}
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			binding.rejectValue(field, "observation.form.number");
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult binding) {
		if (blank(value)) {
			binding.rejectValue(field, "observation." + field + ".required");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			binding.rejectValue(field, "observation.form.unknownChoice");
			return null;
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
