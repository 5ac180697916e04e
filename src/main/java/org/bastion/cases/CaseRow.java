package org.bastion.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.bastion.shared.JurisdictionPath;

/** A case as stored. */
record CaseRow(long id, String clientId, long personId, String personName, CaseStatus status, LocalDate onsetDate,
		LocalDate confirmedDate, LocalDate outcomeDate, String hospital, String jurisdictionCode,
		JurisdictionPath jurisdictionPath, String createdBy, Instant createdAt) {
}
