package org.bastion.arrivals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A designation to make or change: a division code of the national catalogue (6 digits for a
 * province, city or county, 9 for a township), its level and period.
 *
 * @param to the last day, inclusive; null leaves the designation open
 */
public record RiskAreaRequest(
		@NotBlank(message = "{riskArea.divisionCode.required}") @Size(max = 12, message = "{riskArea.divisionCode.unknown}") String divisionCode,
		@NotNull(message = "{riskArea.level.required}") RiskLevel level,
		@NotNull(message = "{riskArea.from.required}") LocalDate from,
		LocalDate to) {
}
