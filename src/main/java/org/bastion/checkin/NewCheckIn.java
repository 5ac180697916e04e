package org.bastion.checkin;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member's check-in for the current window.
 *
 * @param clientId makes a retried submission store once
 */
public record NewCheckIn(@NotNull(message = "{checkin.personId.required}") Long personId,
		@NotNull(message = "{check.temperature.required}") BigDecimal temperature, List<String> symptoms,
		@Size(max = 64, message = "{checkin.clientId.size}") String clientId) {

	public NewCheckIn withClientId(String id) {
		return new NewCheckIn(personId, temperature, symptoms, id);
	}
}
