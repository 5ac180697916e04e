package org.bastion.people;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps persons and households inside their place when the tree is rearranged: their paths are
 * copies of the place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class JurisdictionMoves {

	private final PersonDatabase persons;

	private final HouseholdDatabase households;

	JurisdictionMoves(PersonDatabase persons, HouseholdDatabase households) {
		this.persons = persons;
		this.households = households;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		JurisdictionPath from = moved.from();
		JurisdictionPath to = moved.to();
		persons.repath(from, to);
		households.repath(from, to);
	}
}
