package org.bastion.rounds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The form opening a round, as typed: text only, so that nothing a browser sends fails binding; the
 * date is read here and every other rule is the service's, reported beside its field.
 */
record RoundForm(
		@NotBlank(message = "{round.jurisdictionCode.required}") @Size(max = 24, message = "{round.jurisdictionCode.shape}") String jurisdictionCode,
		@NotBlank(message = "{round.deadline.required}") @Size(max = 10, message = "{round.deadline.format}") String deadline,
		@Size(max = 100, message = "{round.name.size}") String name,
		@Size(max = 64, message = "{round.clientId.size}") String clientId) {

	/** Three days is how long the field gave a round of door-to-door screening. */
	static RoundForm blank(String jurisdictionCode, LocalDate today) {
		return new RoundForm(jurisdictionCode, today.plusDays(3).toString(), "", UUID.randomUUID().toString());
	}

	RoundOpening toOpening(BindingResult binding) {
		try {
			return new RoundOpening(jurisdictionCode.strip(), LocalDate.parse(deadline.strip()), name, clientId);
		}
		catch (DateTimeParseException unreadable) {
			binding.rejectValue("deadline", "round.deadline.format");
			return null;
		}
	}
}
