package org.bastion.isolation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff did to meet a need. */
record OccupantRequestFulfilment(
		@NotBlank(message = "{need.note.required}") @Size(max = 200, message = "{need.note.size}") String note) {
}
