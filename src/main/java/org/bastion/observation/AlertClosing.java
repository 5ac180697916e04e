package org.bastion.observation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closes an alert with what was done; the note is required so the list says why it is gone. */
public record AlertClosing(@NotNull(message = "{alert.action.required}") AlertAction action,
		@NotBlank(message = "{alert.note.required}") @Size(max = 500, message = "{alert.note.size}") String note) {
}
