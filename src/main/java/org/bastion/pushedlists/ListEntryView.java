package org.bastion.pushedlists;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person on a pushed list as the grid verifying them sees it; ID number and phone masked for
 * viewers who may not read them.
 *
 * @param dispatchedTo PERSON (the matched person's grid), TOWNSHIP (the township the row named) or LIST
 * (the list's own area)
 * @param verifiedBy the login of who verified it, {@code verifiedByName} their display name
 * @param arrivalId the arrival registered from this entry, once there is one
 */
public record ListEntryView(long id, long listId, String listName, int line, String name, String idNumber,
		String phone, String origin, LocalDate arrivalDate, String address, Long personId, String dispatchedTo,
		String jurisdictionCode, LocalDate deadline, boolean overdue, VerificationOutcome outcome,
		VerificationRoute route, String note, String verifiedBy, String verifiedByName, Instant verifiedAt,
		Long arrivalId) {
}
