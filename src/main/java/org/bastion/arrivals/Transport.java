package org.bastion.arrivals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How an arrival travelled.
 *
 * @param plate the licence plate, required for a car (its province character flags the origin)
 * @param number a train, flight or bus number
 */
public record Transport(@NotNull(message = "{arrival.transport.mode.required}") TransportMode mode,
		@Size(max = 16, message = "{arrival.transport.plate.shape}") String plate,
		@Size(max = 32, message = "{arrival.transport.number.size}") String number) {
}
