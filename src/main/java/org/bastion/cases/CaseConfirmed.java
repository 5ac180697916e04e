package org.bastion.cases;

import java.time.LocalDate;

/** A case was confirmed: its close contacts are to be traced and isolated. */
public record CaseConfirmed(long caseId, long personId, String jurisdictionPath, LocalDate date) {
}
