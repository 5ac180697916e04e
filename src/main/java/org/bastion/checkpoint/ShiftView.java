package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A shift of a checkpoint's roster: when (as instants and on the field's clock), who is on it, who leads,
 * and whether it is a gap: {@code missingPeople} short of its minimum or with nobody leading.
 */
public record ShiftView(long id, long checkpointId, String checkpointName, ShiftPattern pattern, int slot,
		Instant startsAt, Instant endsAt, LocalDateTime localStart, LocalDateTime localEnd, LocalDate date,
		int minPeople, List<Person> people, boolean gap, int missingPeople, boolean leaderMissing) {

	/** A person on the shift, and when they checked in at the site (null until then). */
	public record Person(long userId, String username, String name, boolean leader, Instant checkedInAt) {
	}
}
