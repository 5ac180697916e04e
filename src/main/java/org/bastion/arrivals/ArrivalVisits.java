package org.bastion.arrivals;

import java.util.Optional;

/**
 * The household visits of screening rounds that arrivals are registered from. Rounds keeps them and
 * implements this, so that a round can compare its arrivals while arrivals knows nothing of rounds.
 */
public interface ArrivalVisits {

	/** A visit as the arrival form names it; not found outside the viewer's area. */
	Lead lead(long visitId);

	/** The round of a visit the viewer can see; empty when there is none or it is outside their area. */
	Optional<Long> roundOfVisit(long visitId);

	/**
	 * Moves the visit on now that a returnee was registered there, in the registration's transaction.
	 *
	 * @param personsRegistered the persons registered from the visit so far, this one included
	 */
	void returneeRegistered(long visitId, int personsRegistered);

	/** The visit an arrival form was opened from: its place and round, and the door to name on the form. */
	record Lead(long visitId, long roundId, long householdId, String jurisdictionCode, String address) {
	}
}
