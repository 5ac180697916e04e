package org.bastion.rounds;

import java.time.Instant;

/** A worker recorded what happened at a household's door in a screening round. */
public record HouseholdVisited(long visitId, long roundId, long householdId, String jurisdictionCode,
		String jurisdictionPath, VisitOutcome outcome, Integer returnees, String visitedBy, Instant visitedAt) {
}
