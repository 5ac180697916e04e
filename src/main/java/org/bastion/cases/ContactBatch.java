package org.bastion.cases;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Contacts of one case entered together, as the rows of a form or a pasted list. */
record ContactBatch(
		@NotEmpty(message = "{contact.batch.empty}") @Size(max = ContactPolicy.MAX_ROWS, message = "{contact.batch.size}") List<@Valid NewContact> contacts) {
}
