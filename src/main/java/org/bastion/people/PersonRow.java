package org.bastion.people;

import java.time.Instant;
import java.util.Set;

import org.bastion.shared.JurisdictionPath;

/** A stored person, unmasked: never leaves the module, {@link PersonView} does. */
record PersonRow(long id, PersonFacts facts, String jurisdictionCode, JurisdictionPath jurisdictionPath,
		Long householdId, Relation relationToHead, String clientId, int version, Instant createdAt,
		Instant updatedAt) {

	String idNumber() {
		return facts.idNumber();
	}

	String name() {
		return facts.name();
	}

	String phone() {
		return facts.phone();
	}

	Set<CareFlag> careFlags() {
		return facts.careFlags();
	}
}
