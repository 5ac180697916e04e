package org.bastion.cases;

import java.time.LocalDate;

/** A case moved from one status to another ({@code from} is null when the case was recorded). */
public record CaseStatusChanged(long caseId, long personId, String jurisdictionPath, CaseStatus from, CaseStatus to,
		LocalDate date) {
}
