package org.bastion.arrivals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The people a checkpoint handed on to the place they were heading to, to be confirmed there as arrivals
 * (卡点移交). Checkpoints keep them and implement this, so that the arrival form fills in what the roadside
 * typed and closes the hand-over, while arrivals knows nothing of checkpoints.
 */
public interface ArrivalHandOvers {

	/** A hand-over as the arrival form is filled from, masked for the viewer; not found outside their area. */
	Lead lead(long handOverId);

	/** Whether the hand-over is still open inside {@code scopePattern} (a subtree's LIKE pattern). */
	boolean holdsOpen(long handOverId, String scopePattern);

	/** Closes the hand-over with the arrival registered from it, in the registration's transaction. */
	void arrivalRegistered(long handOverId, long arrivalId, long personId);

	/**
	 * A hand-over as the arrival form names it: the person as the roadside typed them, the place they were
	 * heading to, and the trip.
	 *
	 * @param originCode the division the person came from, as the roadside picked it; null when not given
	 * @param plate the vehicle's plate, null for a person on foot
	 */
	record Lead(long handOverId, String checkpointName, Instant passedAt, LocalDate passedOn, String name,
			String idNumber, String phone, String jurisdictionCode, String originCode, String plate) {
	}
}
