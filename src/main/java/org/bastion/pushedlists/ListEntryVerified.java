package org.bastion.pushedlists;

import java.time.Instant;

/**
 * A grid verified a person on a pushed list. Observation and reporting react to found persons who
 * stayed in or passed through a risk area.
 *
 * @param personId the matched person, or null when the row matched nobody known
 * @param route null unless the person was found
 */
public record ListEntryVerified(long entryId, long listId, Long personId, String idNumber,
		VerificationOutcome outcome, VerificationRoute route, String jurisdictionCode, String jurisdictionPath,
		long verifiedBy, Instant verifiedAt) {
}
