package org.bastion.observation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Keeps an order open longer; the new days get check slots. */
public record Extension(
		@NotNull(message = "{observation.extend.days.range}") @Min(value = 1, message = "{observation.extend.days.range}")
		@Max(value = 30, message = "{observation.extend.days.range}") Integer days,
		@NotBlank(message = "{observation.extend.reason.required}") @Size(max = 200, message = "{observation.reason.size}") String reason) {
}
