package org.bastion.checkin;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit whose staff check in: a checkpoint team, a company back at work.
 *
 * @param windows the check-in windows of a day ({@code 08:00-10:00}); when absent, the usual ones for
 * {@code checksPerDay}
 */
public record NewStaffUnit(@NotBlank(message = "{checkin.unit.name.required}") @Size(max = 100, message = "{checkin.unit.name.size}") String name,
		@NotBlank(message = "{checkin.unit.jurisdiction.required}") @Pattern(regexp = "[0-9A-Za-z]{1,24}", message = "{checkin.unit.jurisdiction.shape}") String jurisdictionCode,
		@Min(value = 1, message = "{checkin.unit.perDay.range}") @Max(value = 3, message = "{checkin.unit.perDay.range}") int checksPerDay,
		List<String> windows) {
}
