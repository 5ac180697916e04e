package org.bastion.rounds;

import java.time.Instant;
import java.time.LocalDate;

import org.bastion.shared.JurisdictionPath;

record RoundRow(long id, String jurisdictionCode, JurisdictionPath jurisdictionPath, int number, String name,
		LocalDate deadline, int households, RoundStatus status, String openedBy, Instant openedAt, String closedBy,
		Instant closedAt) {

	ScreeningRound view(String jurisdictionName) {
		return new ScreeningRound(id, jurisdictionCode, jurisdictionName, number, name, deadline, households, status,
				openedBy, openedAt, closedBy, closedAt);
	}
}
