package org.bastion.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account to create: the area is a node of the tree, given by its code. */
public record NewUser(
		@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{user.username.shape}") String username,
		@NotBlank @Size(max = 100) String displayName,
		@NotBlank @Size(min = 8, max = 128, message = "{user.password.size}") String password,
		@NotNull Role role,
		@NotBlank String jurisdictionCode) {
}
