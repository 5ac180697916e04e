package org.bastion.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A household to create, optionally with its head (who must not belong to another household).
 */
public record NewHousehold(
		@NotBlank(message = "{person.jurisdictionCode.required}")
		@Pattern(regexp = "[0-9A-Za-z]{1,24}", message = "{person.jurisdictionCode.shape}") String jurisdictionCode,
		@Size(max = 200, message = "{person.address.size}") String address,
		Long headPersonId) {
}
