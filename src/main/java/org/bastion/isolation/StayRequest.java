package org.bastion.isolation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check-in: the person's site order and the room.
 *
 * @param clientId makes a retried submission store once
 */
public record StayRequest(@NotNull(message = "{stay.observationId.required}") Long observationId,
		@NotNull(message = "{stay.roomId.required}") Long roomId,
		@Size(max = 64, message = "{site.clientId.size}") String clientId) {
}
