package org.bastion.people;

import org.bastion.shared.JurisdictionPath;

/**
 * A household as a door list shows it: where it is, its address, its head's name and how many live
 * there. What other modules copy when they walk every household of an area (a screening round).
 */
public record HouseholdListing(long id, String jurisdictionCode, JurisdictionPath jurisdictionPath, String address,
		String headName, int members) {
}
