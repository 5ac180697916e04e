package org.bastion.isolation;

import java.time.Instant;

/** What an occupant asked for and, once done, who fulfilled it and how. */
record OccupantRequestView(long id, long stayId, long siteId, String personName, String roomNumber,
		NeedKind need, String detail, boolean open, String createdBy, Instant createdAt, String fulfilledBy,
		Instant fulfilledAt, String note) {
}
