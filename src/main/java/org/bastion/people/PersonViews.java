package org.bastion.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.bastion.shared.Masking;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.springframework.stereotype.Component;

/** Turns stored rows into what a viewer may see; the one place masking of persons is decided. */
@Component
class PersonViews {

	private final FieldClock clock;

	/**
	 * Lists and search results show ID numbers (first 6, last 4) and phones (3 + 4) masked to every role:
	 * a list is read over shoulders and screenshotted, and nobody works from a list by the full number. The
	 * full value is on the person's page (audited as a view), and for masked roles only once revealed.
	 */
	static final boolean LISTED = true;

	PersonViews(FieldClock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return clock.today();
	}

	PersonView of(PersonRow row, boolean masked) {
		PersonFacts facts = row.facts();
		return new PersonView(row.id(), masked ? Masking.idNumber(facts.idNumber()) : facts.idNumber(),
				facts.documentType(), masked ? Masking.idNumber(facts.documentNumber()) : facts.documentNumber(),
				facts.name(), facts.sex(), masked ? null : facts.birthDate(), age(facts.birthDate()),
				masked ? Masking.phone(facts.phone()) : facts.phone(), facts.address(), row.jurisdictionCode(),
				row.householdId(), row.relationToHead(), facts.careFlags(), masked, row.version(), row.createdAt(),
				row.updatedAt(), false);
	}

	/**
	 * What a registrar learns about a person outside their area who already holds the ID number they
	 * typed: that the person exists and where, not who they are.
	 */
	PersonView outsider(PersonRow row) {
		return new PersonView(row.id(), Masking.idNumber(row.idNumber()), row.facts().documentType(), null, null, null,
				null, null, null, null, row.jurisdictionCode(), null, null, Set.of(), true, row.version(),
				null, null, true);
	}

	/**
	 * The one rule for a person reached by an identifier or through a record that points at them: in full
	 * (masked for masked roles) inside the viewer's area, as an {@link #outsider} beyond it. Every path that
	 * finds a person (registration, arrivals, contacts, check-ins, lists) answers through here.
	 */
	PersonView shownTo(Viewer viewer, PersonRow row) {
		return viewer.canSee(row.jurisdictionPath()) ? of(row, viewer.masked()) : outsider(row);
	}

	/** A person as a line of a list or search result: as {@link #shownTo}, masked for every role ({@link #LISTED}). */
	PersonView listed(Viewer viewer, PersonRow row) {
		return viewer.canSee(row.jurisdictionPath()) ? of(row, LISTED) : outsider(row);
	}

	Integer age(LocalDate birthDate) {
		if (birthDate == null) {
			return null;
		}
		LocalDate today = today();
		return birthDate.isAfter(today) ? 0 : Period.between(birthDate, today).getYears();
	}
}
