package org.bastion.isolation;

import java.time.Instant;

/** A person's stay in a room of a site, from check-in to check-out. */
record StayView(long id, long siteId, String siteName, long roomId, String roomNumber, long observationId,
		long personId, String personName, boolean open, Instant checkedInAt, String checkedInBy, Instant checkedOutAt,
		String checkedOutBy, StayEndReason checkOutReason, boolean replayed) {
}
