package org.bastion.observation;

import java.time.LocalDate;

/** A check slot whose window passed with no reading. */
public record MissedCheck(long observationId, long personId, String personName, LocalDate date, int slot,
		String window, String monitorUsername, String jurisdictionCode) {
}
