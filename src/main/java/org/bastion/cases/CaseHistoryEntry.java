package org.bastion.cases;

import java.time.LocalDate;

/** One status a case took and when. */
public record CaseHistoryEntry(CaseStatus status, LocalDate date, String note, String changedBy) {
}
