package org.bastion.cases;

import java.time.LocalDate;

/** One status a case took and when. */
record CaseHistoryEntry(CaseStatus status, LocalDate date, String note, String changedBy) {
}
