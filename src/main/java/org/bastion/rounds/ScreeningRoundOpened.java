package org.bastion.rounds;

import java.time.LocalDate;

/** HQ opened a screening round: {@code households} visits now wait for the grids of the area. */
public record ScreeningRoundOpened(long roundId, int number, String jurisdictionCode, String jurisdictionPath,
		LocalDate deadline, int households) {
}
