package org.bastion.isolation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A room to add to a site: its number as written on the door, and its beds. */
public record RoomRequest(
		@NotBlank(message = "{room.number.required}") @Size(max = 20, message = "{room.number.size}") String number,
		@NotNull(message = "{room.beds.required}") @Min(value = 1, message = "{room.beds.range}") @Max(value = RoomCapacity.MAX_BEDS, message = "{room.beds.range}") Integer beds) {
}
