package org.bastion.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as a viewer sees it.
 *
 * @param createdByName the display name of who recorded it ({@code createdBy} is the login)
 * @param replayed true when a retried submission returned the case made the first time
 */
public record CaseView(long id, long personId, String personName, CaseStatus status, LocalDate onsetDate,
		LocalDate confirmedDate, LocalDate outcomeDate, String hospital, String jurisdictionCode, String createdBy,
		String createdByName, Instant createdAt, List<CaseStatus> nextStatuses, boolean replayed) {
}
