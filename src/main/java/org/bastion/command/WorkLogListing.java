package org.bastion.command;

import java.time.Instant;
import java.time.LocalDate;

/** A work log in a list or a search result: its place, day, current version, who saved it last, its first words. */
record WorkLogListing(long id, String jurisdictionCode, String placeName, LocalDate date, int version, String savedBy,
		String savedByName, Instant savedAt, String excerpt) {
}
