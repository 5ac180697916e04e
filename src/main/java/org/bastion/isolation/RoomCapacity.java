package org.bastion.isolation;

/**
 * Whether a room takes one more occupant: one person per bed, never more. Counted under a lock on the
 * room, so that two check-ins at once cannot both take its last bed.
 */
sealed interface RoomCapacity {

	/** A room has at most this many beds: a dormitory of a school. */
	int MAX_BEDS = 20;

	/** There is a bed; {@code freeAfter} stay free once the person is in. */
	record Fits(int freeAfter) implements RoomCapacity {
	}

	/** Every bed is taken. */
	record Full(int beds) implements RoomCapacity {
	}

	static RoomCapacity of(int beds, int occupied) {
		if (beds < 1) {
			throw new IllegalArgumentException("A room has at least one bed: " + beds);
		}
		if (occupied < 0) {
			throw new IllegalArgumentException("Occupants cannot be negative: " + occupied);
		}
		return occupied < beds ? new Fits(beds - occupied - 1) : new Full(beds);
	}
}
