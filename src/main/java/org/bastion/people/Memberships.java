package org.bastion.people;

import org.bastion.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Household membership, shared by registration (a person born into a household) and the household
 * itself. Callers have checked the viewer may change both the person and the household.
 */
@Component
class Memberships {

	private final PersonDatabase persons;

	private final HouseholdDatabase households;

	Memberships(PersonDatabase persons, HouseholdDatabase households) {
		this.persons = persons;
		this.households = households;
	}

	/** Puts a person in a household; a person belongs to at most one. Joining as head replaces the head. */
	void enrol(HouseholdRow household, PersonRow person, Relation relation) {
		if (person.householdId() != null && person.householdId() != household.id()) {
			throw new ConflictException("household.member.elsewhere", null, person.householdId());
		}
		Relation role = relation == null ? Relation.OTHER : relation;
		persons.joinHousehold(person.id(), household.id(), role);
		if (role == Relation.HEAD) {
			makeHead(household, person.id());
		}
		else if (household.headPersonId() != null && household.headPersonId() == person.id()) {
			households.setHead(household.id(), null);
		}
	}

	void makeHead(HouseholdRow household, long personId) {
		Long previous = household.headPersonId();
		if (previous != null && previous != personId) {
			// The old head stays a member; how they relate to the new head is for the registrar to say.
			persons.joinHousehold(previous, household.id(), Relation.OTHER);
		}
		persons.joinHousehold(personId, household.id(), Relation.HEAD);
		households.setHead(household.id(), personId);
	}

	void leave(HouseholdRow household, long personId) {
		persons.joinHousehold(personId, null, null);
		if (household.headPersonId() != null && household.headPersonId() == personId) {
			households.setHead(household.id(), null);
		}
	}
}
