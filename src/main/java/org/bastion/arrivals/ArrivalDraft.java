package org.bastion.arrivals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.bastion.shared.JurisdictionPath;

/** An arrival checked and assessed, ready to be stored. */
record ArrivalDraft(String clientId, long personId, String jurisdictionCode, JurisdictionPath jurisdictionPath,
		String originCode, String originAddress, LocalDate departureDate, LocalDate arrivalDate,
		TransportMode transportMode, String plate, String transportNumber, BigDecimal temperature, String symptoms,
		RiskAssessment risk, Measure measure, Long roundId, Long visitId, Long listEntryId, String registeredBy, Instant registeredAt,
		String personDocumentType, String idRegion, int contactCount, String typedName, String typedPhone) {
}
