package org.bastion.rounds;

import java.time.LocalDate;
import java.util.List;

/** A round's coverage of one area and of each area right below it (township → villages → grids). */
public record CoverageReport(long roundId, LocalDate deadline, boolean pastDeadline, Coverage node,
		List<Coverage> children) {
}
