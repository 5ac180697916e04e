package org.bastion.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** A check as typed on the phone: today's date unless changed, the temperature, ticked symptoms. */
record CheckForm(@Size(max = 10, message = "{observation.form.tooLong}") String date,
		@Size(max = 8, message = "{observation.form.tooLong}") String temperature,
		@Size(max = 8, message = "{check.symptoms.unknown}") List<String> symptoms,
		@Size(max = 64, message = "{check.clientId.size}") String clientId) {

	static CheckForm blank(LocalDate today) {
		return new CheckForm(today.toString(), null, List.of(), UUID.randomUUID().toString());
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
		return new NewCheck(ObservationForm.blank(clientId) ? null : clientId.strip(), day, null,
				parsedTemperature(binding), symptoms == null ? List.of() : symptoms);
	}
}
