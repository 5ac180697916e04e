package org.bastion.rounds;

import java.time.Instant;

/**
 * One line of a visit's history: an outcome recorded at the door, or a correction of one.
 *
 * @param corrects the status a correction replaced; null for an outcome at the door
 * @param recordedByName the display name of who recorded it ({@code recordedBy} is the login)
 */
public record VisitEntry(VisitOutcome outcome, VisitStatus corrects, Integer returnees, String note,
		String recordedBy, String recordedByName, Instant recordedAt) {

	VisitEntry named(String name) {
		return new VisitEntry(outcome, corrects, returnees, note, recordedBy, name, recordedAt);
	}
}
