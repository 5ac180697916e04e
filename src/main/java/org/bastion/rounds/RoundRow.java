package org.bastion.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.bastion.shared.JurisdictionPath;

record RoundRow(long id, String jurisdictionCode, JurisdictionPath jurisdictionPath, int number, String name,
		LocalDate deadline, int households, RoundStatus status, String openedBy, Instant openedAt, String closedBy,
		Instant closedAt) {

	/** @param names each login's display name, looked up for the rounds of one answer */
	ScreeningRound view(String jurisdictionName, UnaryOperator<String> names) {
		return new ScreeningRound(id, jurisdictionCode, jurisdictionName, number, name, deadline, households, status,
				openedBy, names.apply(openedBy), openedAt, closedBy, names.apply(closedBy), closedAt);
	}
}
