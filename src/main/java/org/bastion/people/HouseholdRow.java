package org.bastion.people;

import java.time.Instant;

import org.bastion.shared.JurisdictionPath;

record HouseholdRow(long id, String jurisdictionCode, JurisdictionPath jurisdictionPath, String address,
		Long headPersonId, Instant createdAt) {
}
