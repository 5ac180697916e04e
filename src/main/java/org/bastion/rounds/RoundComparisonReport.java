package org.bastion.rounds;

import java.time.LocalDate;
import java.util.List;

/**
 * Round N against round N−1 over the same area: returnees found per village in each (villages where
 * neither found any are left out), and the persons found in N who had no arrival in N−1.
 *
 * @param previousRoundId null for a first round, when every person found is newly found
 * @param newlyFound the first of them, oldest registration first; {@code newlyFoundCount} counts all
 */
record RoundComparisonReport(long roundId, int number, Long previousRoundId, Integer previousNumber,
		long returnees, long previousReturnees, List<Village> villages, long newlyFoundCount,
		List<NewlyFound> newlyFound) {

	/** Persons registered as arrivals during each round in one village. */
	public record Village(String code, String name, long returnees, long previousReturnees) {

		public long change() {
			return returnees - previousReturnees;
		}
	}

	/** A person with an arrival in this round and none in the previous one. */
	public record NewlyFound(long arrivalId, long personId, String jurisdictionCode, LocalDate arrivalDate,
			String riskLevel) {
	}
}
