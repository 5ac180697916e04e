package org.bastion.people;

import java.time.Instant;
import java.util.List;

/** A household with its members as the viewer may see them, the head first. */
public record HouseholdView(long id, String jurisdictionCode, String address, Long headPersonId,
		List<PersonView> members, Instant createdAt) {
}
