package org.bastion.rounds;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A door-to-door screening round (地毯式排查) over an area: its place in the series of rounds over that
 * area ({@code number}), its deadline and how many households it covers.
 */
public record ScreeningRound(long id, String jurisdictionCode, String jurisdictionName, int number, String name,
		LocalDate deadline, int households, RoundStatus status, String openedBy, Instant openedAt, String closedBy,
		Instant closedAt) {
}
