package org.bastion.rounds;

import java.time.Instant;

/**
 * One household's visit in a round: the door (address, head, members as they were when the round
 * opened), where it stands, and who last recorded an outcome there and when.
 *
 * @param visitedByName the display name of who last recorded an outcome ({@code visitedBy} is the login)
 */
public record Visit(long id, long roundId, long householdId, String jurisdictionCode, String address,
		String headName, int members, VisitStatus status, Integer returnees, String note, int attempts,
		String visitedBy, String visitedByName, Instant visitedAt) {
}
