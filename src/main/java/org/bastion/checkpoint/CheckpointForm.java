package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The "new checkpoint" form as typed, read here so that each mistake is shown beside its field. */
record CheckpointForm(@Size(max = 100, message = "{checkpoint.name.size}") String name,
		@Size(max = 30, message = "{checkpoint.level.required}") String level,
		@Size(max = 24, message = "{checkpoint.jurisdictionCode.unknown}") String jurisdictionCode,
		@Size(max = 100, message = "{checkpoint.road.size}") String road,
		@Size(max = 500, message = "{checkpoint.description.size}") String description,
		@Size(max = 12, message = "{checkpoint.latitude.range}") String latitude,
		@Size(max = 12, message = "{checkpoint.longitude.range}") String longitude,
		@Size(max = 6, message = "{checkpoint.agencies.required}") List<String> agencies,
		@Size(max = 10, message = "{checkpoint.form.date}") String openedOn,
		@Size(max = 10, message = "{checkpoint.form.date}") String closedOn,
		@Size(max = 64, message = "{checkpoint.clientId.size}") String clientId) {

	static CheckpointForm empty(String jurisdictionCode, LocalDate today) {
		return new CheckpointForm(null, null, jurisdictionCode, null, null, null, null, List.of(), today.toString(), null,
				UUID.randomUUID().toString());
	}

	/** The request, every field's mistake put beside it; the service checks the rest. */
	NewCheckpoint toRequest(BindingResult binding) {
		if (blank(name)) {
			binding.rejectValue("name", "checkpoint.name.required");
		}
		if (blank(jurisdictionCode)) {
			binding.rejectValue("jurisdictionCode", "checkpoint.jurisdictionCode.required");
		}
		CheckpointLevel chosen = null;
		try {
			chosen = blank(level) ? null : CheckpointLevel.valueOf(level.strip());
		}
		catch (IllegalArgumentException unknown) {
			chosen = null;
		}
		if (chosen == null) {
			binding.rejectValue("level", "checkpoint.level.required");
		}
		Set<StaffingAgency> staffed = EnumSet.noneOf(StaffingAgency.class);
		for (String agency : agencies == null ? List.<String>of() : agencies) {
			try {
				staffed.add(StaffingAgency.valueOf(agency.strip()));
			}
			catch (IllegalArgumentException unknown) {
				binding.rejectValue("agencies", "checkpoint.agencies.required");
			}
		}
		if (staffed.isEmpty() && !binding.hasFieldErrors("agencies")) {
			binding.rejectValue("agencies", "checkpoint.agencies.required");
		}
		return new NewCheckpoint(name, chosen, blank(jurisdictionCode) ? "" : jurisdictionCode, road, description,
				coordinate("latitude", latitude, 90, binding), coordinate("longitude", longitude, 180, binding), staffed,
				date("openedOn", openedOn, binding), date("closedOn", closedOn, binding),
				blank(clientId) ? null : clientId.strip());
	}

	private static BigDecimal coordinate(String field, String typed, int bound, BindingResult binding) {
		if (blank(typed)) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(typed.strip().replace(',', '.'));
			if (value.abs().compareTo(BigDecimal.valueOf(bound)) <= 0) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below, as a number out of range is
		}
		binding.rejectValue(field, "checkpoint." + field + ".range");
		return null;
	}

	private static LocalDate date(String field, String typed, BindingResult binding) {
		if (blank(typed)) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			binding.rejectValue(field, "checkpoint.form.date");
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
