package org.bastion.rounds;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A round to open over an area (any node: county, township, village, grid) with the date by which
 * every household should have been visited.
 *
 * @param clientId makes a retried request safe: the same id opens one round
 */
public record RoundOpening(
		@NotBlank(message = "{round.jurisdictionCode.required}")
		@Pattern(regexp = "[0-9A-Za-z]{1,24}", message = "{round.jurisdictionCode.shape}") String jurisdictionCode,
		@NotNull(message = "{round.deadline.required}") LocalDate deadline,
		@Size(max = 100, message = "{round.name.size}") String name,
		@Size(max = 64, message = "{round.clientId.size}") String clientId) {

	public RoundOpening withClientId(String id) {
		return new RoundOpening(jurisdictionCode, deadline, name, id);
	}
}
