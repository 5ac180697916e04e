package org.bastion.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * A check as typed on the phone: the slot picked ({@code 2020-02-10/1}, the slot open now unless changed;
 * blank leaves it to the time of the check), the temperature, ticked symptoms. {@code date} is today's, for a
 * slot given without its day.
 */
record CheckForm(@Size(max = 10, message = "{observation.form.tooLong}") String date,
		@Size(max = 8, message = "{observation.form.tooLong}") String temperature,
		@Size(max = 8, message = "{check.symptoms.unknown}") List<String> symptoms,
		@Size(max = 64, message = "{check.clientId.size}") String clientId,
		@Size(max = 16, message = "{check.slot.required}") String slot) {

	static CheckForm blank(LocalDate today, String slot) {
		return new CheckForm(today.toString(), null, List.of(), UUID.randomUUID().toString(), slot);
	}

	/** The day and slot a form's slot value names; either may be null. */
	record Picked(LocalDate date, Integer slot) {
	}

	/** Reads {@code 2020-02-10/1} or a bare {@code 1} (of {@code date}); blank is no pick. */
	Picked picked(LocalDate day, BindingResult binding) {
		if (ObservationForm.blank(slot)) {
			return new Picked(day, null);
		}
		String value = slot.strip();
		int slash = value.indexOf('/');
		try {
			LocalDate onDay = slash < 0 ? day : LocalDate.parse(value.substring(0, slash));
			return new Picked(onDay, Integer.valueOf(value.substring(slash + 1)));
		}
		catch (DateTimeParseException | NumberFormatException e) {
			binding.rejectValue("slot", "check.slot.required");
			return new Picked(day, null);
		}
	}

	/** Also reads a comma as the decimal point: some phone keypads offer only that. */
	BigDecimal parsedTemperature(BindingResult binding) {
		if (ObservationForm.blank(temperature)) {
			return null;
		}
		try {
			return new BigDecimal(temperature.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			binding.rejectValue("temperature", "check.temperature.number");
			return null;
		}
	}

	NewCheck toCheck(BindingResult binding) {
		LocalDate day = null;
		if (!ObservationForm.blank(date)) {
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException e) {
				binding.rejectValue("date", "observation.form.date");
			}
		}
		Picked picked = picked(day, binding);
		return new NewCheck(ObservationForm.blank(clientId) ? null : clientId.strip(), picked.date(), picked.slot(),
				parsedTemperature(binding), symptoms == null ? List.of() : symptoms);
	}
}
