package org.bastion.jurisdiction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A node to add under {@code parentCode} (null only for the top of a deployment's tree). */
public record NewJurisdiction(
		@NotBlank(message = "{jurisdiction.code.shape}") @Pattern(regexp = "[0-9A-Za-z]{1,24}",
				message = "{jurisdiction.code.shape}") String code,
		@NotBlank(message = "{jurisdiction.name.size}") @Size(max = 100, message = "{jurisdiction.name.size}") String name,
		@Pattern(regexp = "[0-9A-Za-z]{1,24}", message = "{jurisdiction.code.shape}") String parentCode,
		JurisdictionLevel level) {
}
