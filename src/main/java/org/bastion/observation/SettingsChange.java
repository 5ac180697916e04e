package org.bastion.observation;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new profile for orders made from now on.
 *
 * @param windows one {@code HH:mm-HH:mm} per check of the day; when absent, the usual windows for
 * {@code checksPerDay}
 * @param noticePrefix when absent, the prefix stays as it is
 */
public record SettingsChange(
		@NotNull(message = "{settings.periodDays.required}") @Min(value = 1, message = "{settings.periodDays.range}")
		@Max(value = 60, message = "{settings.periodDays.range}") Integer periodDays,
		@NotNull(message = "{settings.checksPerDay.required}") @Min(value = 1, message = "{settings.checksPerDay.range}")
		@Max(value = 3, message = "{settings.checksPerDay.range}") Integer checksPerDay,
		@Size(max = 3, message = "{settings.windows.invalid}") List<String> windows,
		@Pattern(regexp = "[A-Z]{1,8}", message = "{settings.noticePrefix.shape}") String noticePrefix) {
}
