package org.bastion.pushedlists;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an upload asks for besides the file.
 *
 * @param jurisdictionCode the list's area, inside the uploader's; null for the uploader's own area
 * @param keepGoodRows false to import nothing when any row is refused
 */
public record PushedListRequest(
		@NotBlank(message = "{pushedList.name.required}") @Size(max = 100, message = "{pushedList.name.size}") String name,
		@NotNull(message = "{pushedList.deadline.required}") LocalDate deadline, String jurisdictionCode,
		boolean keepGoodRows) {
}
