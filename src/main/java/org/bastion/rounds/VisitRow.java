package org.bastion.rounds;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.bastion.shared.JurisdictionPath;

record VisitRow(long id, long roundId, long householdId, String jurisdictionCode, JurisdictionPath jurisdictionPath,
		String address, String headName, int members, VisitStatus status, Integer returnees, String note, int attempts,
		String visitedBy, Instant visitedAt) {

	/** @param names each login's display name, looked up for all the visits of one answer */
	Visit view(UnaryOperator<String> names) {
		return new Visit(id, roundId, householdId, jurisdictionCode, address, headName, members, status, returnees, note,
				attempts, visitedBy, names.apply(visitedBy), visitedAt);
	}

	/** Unvisited doors first (never tried, then nobody home), so a worker's list starts with what is left. */
	int rank() {
		return VisitDatabase.rank(status);
	}
}
