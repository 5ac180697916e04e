package org.bastion.rounds;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A door-to-door screening round (地毯式排查) over an area: its place in the series of rounds over that
 * area ({@code number}), its deadline and how many households it covers.
 *
 * @param openedByName the display name of who opened it ({@code openedBy} is the login); likewise
 *        {@code closedByName}
 */
public record ScreeningRound(long id, String jurisdictionCode, String jurisdictionName, int number, String name,
		LocalDate deadline, int households, RoundStatus status, String openedBy, String openedByName, Instant openedAt,
		String closedBy, String closedByName, Instant closedAt) {
}
