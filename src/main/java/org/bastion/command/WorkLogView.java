package org.bastion.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A place's work log of a day as saved: the version shown (the current one unless an older was asked for),
 * its sections, who saved it, and every version kept, the newest first.
 *
 * @param current the log's current version, which the next save must name
 * @param replayed true when a repeated client id answered the save stored the first time
 */
record WorkLogView(long id, String jurisdictionCode, String placeName, LocalDate date, int version, int current,
		WorkLogText text, String savedBy, String savedByName, Instant savedAt, List<Version> versions,
		boolean replayed) {

	/** One saved version of the log. */
	record Version(int version, String savedBy, String savedByName, Instant savedAt, WorkLogText text) {
	}

	WorkLogView asReplay() {
		return new WorkLogView(id, jurisdictionCode, placeName, date, version, current, text, savedBy, savedByName,
				savedAt, versions, true);
	}
}
