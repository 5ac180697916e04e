package org.bastion.cases;

import java.time.LocalDate;

/**
 * One status a case took and when.
 *
 * @param changedByName the display name of who set it ({@code changedBy} is the login)
 */
record CaseHistoryEntry(CaseStatus status, LocalDate date, String note, String changedBy, String changedByName) {
}
