package org.bastion.isolation;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.shared.AccountNames;

/**
 * What an occupant asked for and, once done, who fulfilled it and how.
 *
 * @param createdByName the display name of who wrote the need down ({@code createdBy} is the login);
 *        likewise {@code fulfilledByName}
 */
record OccupantRequestView(long id, long stayId, long siteId, String personName, String roomNumber,
		NeedKind need, String detail, boolean open, String createdBy, String createdByName, Instant createdAt,
		String fulfilledBy, String fulfilledByName, Instant fulfilledAt, String note) {

	/** The needs with their logins' display names, looked up once for them all. */
	static List<OccupantRequestView> named(List<OccupantRequestView> requests, AccountNames names) {
		UnaryOperator<String> name = names
			.namer(requests.stream().flatMap(r -> Stream.of(r.createdBy, r.fulfilledBy)).toList());
		return requests.stream()
			.map(r -> new OccupantRequestView(r.id, r.stayId, r.siteId, r.personName, r.roomNumber, r.need, r.detail,
					r.open, r.createdBy, name.apply(r.createdBy), r.createdAt, r.fulfilledBy, name.apply(r.fulfilledBy),
					r.fulfilledAt, r.note))
			.toList();
	}
}
