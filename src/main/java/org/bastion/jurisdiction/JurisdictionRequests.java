package org.bastion.jurisdiction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the API's changes to a node. */
final class JurisdictionRequests {

	private JurisdictionRequests() {
	}

	record Rename(@NotBlank(message = "{jurisdiction.name.size}") @Size(max = 100,
			message = "{jurisdiction.name.size}") String name) {
	}

	record Move(@NotBlank(message = "{jurisdiction.code.shape}") @Pattern(regexp = "[0-9A-Za-z]{1,24}",
			message = "{jurisdiction.code.shape}") String parentCode) {
	}
}
