package org.bastion.isolation;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.shared.AccountNames;

/**
 * A person's stay in a room of a site, from check-in to check-out.
 *
 * @param checkedInByName the display name of who checked the person in ({@code checkedInBy} is the login);
 *        likewise {@code checkedOutByName}
 */
public record StayView(long id, long siteId, String siteName, long roomId, String roomNumber, long observationId,
		long personId, String personName, boolean open, Instant checkedInAt, String checkedInBy,
		String checkedInByName, Instant checkedOutAt, String checkedOutBy, String checkedOutByName,
		StayEndReason checkOutReason, boolean replayed) {

	/** The stays with their logins' display names, looked up once for them all. */
	static List<StayView> named(List<StayView> stays, AccountNames names) {
		UnaryOperator<String> name = names
			.namer(stays.stream().flatMap(s -> Stream.of(s.checkedInBy, s.checkedOutBy)).toList());
		return stays.stream()
			.map(s -> new StayView(s.id, s.siteId, s.siteName, s.roomId, s.roomNumber, s.observationId, s.personId,
					s.personName, s.open, s.checkedInAt, s.checkedInBy, name.apply(s.checkedInBy), s.checkedOutAt,
					s.checkedOutBy, name.apply(s.checkedOutBy), s.checkOutReason, s.replayed))
			.toList();
	}

	/** The stay as the answer to a retried check-in. */
	StayView asReplayed() {
		return new StayView(id, siteId, siteName, roomId, roomNumber, observationId, personId, personName, open,
				checkedInAt, checkedInBy, checkedInByName, checkedOutAt, checkedOutBy, checkedOutByName, checkOutReason,
				true);
	}
}
