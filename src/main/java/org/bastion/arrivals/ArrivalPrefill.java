package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.List;

import org.bastion.jurisdiction.Divisions.Division;
import org.bastion.jurisdiction.Divisions;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.CurrentViewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the arrival form in from where the registrar came: a household visit of a screening round gives
 * the place and the round; a pushed-list entry gives the person as the list names them, the place the
 * entry was dispatched to, its origin matched to a division and its arrival date. A visit's household
 * members are offered to pick the returnee from, whose name, ID number and phone then fill in. A checkpoint's
 * hand-over gives the person, the origin, the car and the day as the roadside typed them, and the place they
 * were heading to. A visit, entry or hand-over outside the registrar's area is not found, as everywhere else.
 */
@Component
class ArrivalPrefill {

	/** Origins longer than this are addresses: the division is in their first characters. */
	private static final int ORIGIN_PREFIX = 24;

	private final Arrivals arrivals;

	private final ArrivalVisits visits;

	private final ArrivalListEntries entries;

	private final Divisions divisions;

	private final CurrentViewer viewer;

	private final People people;

	private final Households households;

	private final ArrivalHandOvers handOvers;

	ArrivalPrefill(Arrivals arrivals, ArrivalVisits visits, ArrivalListEntries entries, Divisions divisions,
			CurrentViewer viewer, People people, Households households, ArrivalHandOvers handOvers) {
		this.handOvers = handOvers;
		this.arrivals = arrivals;
		this.visits = visits;
		this.entries = entries;
		this.divisions = divisions;
		this.viewer = viewer;
		this.people = people;
		this.households = households;
	}

	/**
	 * The form for {@code GET /arrivals/new}; every argument is a request parameter and may be null.
	 *
	 * @param place the place to register for when no visit or entry names one; the viewer's own otherwise
	 */
	ArrivalForm form(String place, String roundId, String visitId, String personIdNumber, String listEntryId,
			String personId, String handOverId) {
		String defaultPlace = blank(place) ? viewer.get().scope().leafCode() : place.strip();
		ArrivalForm form = ArrivalForm.blank(defaultPlace, arrivals.today());
		Long round = number(roundId);
		Long visitNumber = number(visitId);
		Long entryNumber = number(listEntryId);
		boolean masked = viewer.get().masked();
		if (!blank(personIdNumber) && !masked) {
			form = form.withPerson(personIdNumber.strip(), null, null);
		}
		if (visitNumber != null) {
			ArrivalVisits.Lead visit = visits.lead(visitNumber);
			form = form.withTrip(visit.jurisdictionCode(), null, null, null);
			round = visit.roundId();
		}
		Long member = number(personId);
		if (member != null) {
			// The member picked at the door, or a known person picked on the empty form: read (and audited) as their
			// page would be; stars fill nothing in.
			PersonView picked = people.find(member);
			form = form.withPerson(picked.masked() ? null : picked.idNumber(), picked.name(),
					picked.masked() ? null : picked.phone());
			if (visitNumber == null && blank(place)) {
				// Picked by name on the empty form: they come back to where they are registered.
				form = form.withTrip(picked.jurisdictionCode(), null, null, null);
			}
		}
		if (entryNumber != null) {
			ArrivalListEntries.Lead entry = entries.lead(entryNumber);
			// A masked viewer reads stars, which are no ID number or phone to register with.
			form = form.withPerson(masked ? null : entry.idNumber(), entry.name(), masked ? null : entry.phone())
				.withTrip(entry.jurisdictionCode(), originCode(entry.origin()), entry.origin(),
						arrivalDate(entry.arrivalDate()));
		}
		Long handOverNumber = number(handOverId);
		if (handOverNumber != null) {
			ArrivalHandOvers.Lead handOver = handOvers.lead(handOverNumber);
			String origin = handOver.originCode() != null && divisions.find(handOver.originCode()).isPresent()
					? handOver.originCode() : null;
			form = form.withPerson(masked ? null : handOver.idNumber(), handOver.name(), masked ? null : handOver.phone())
				.withTrip(handOver.jurisdictionCode(), origin, null, arrivalDate(handOver.passedOn()))
				.withPlate(handOver.plate());
		}
		return form.foundAt(round, visitNumber, entryNumber, handOverNumber);
	}

	/** Says on the form where the arrival was found, so the registrar knows what the link will change. */
	void describe(ArrivalForm form, Model model) {
		if (form.visit() != null) {
			ArrivalVisits.Lead visit = visits.lead(form.visit());
			model.addAttribute("foundAtVisit", visit);
			model.addAttribute("householdMembers", households.find(visit.householdId()).members());
		}
		if (form.listEntry() != null) {
			model.addAttribute("foundAtEntry", entries.lead(form.listEntry()));
		}
		if (form.handOver() != null) {
			model.addAttribute("foundAtHandOver", handOvers.lead(form.handOver()));
		}
	}

	/**
	 * The division an origin as a list writes it names ("湖北省武汉市洪山区…", "武汉"): the catalogue's
	 * best match for the longest leading part that matches anything, the broadest level first.
	 */
	String originCode(String origin) {
		if (blank(origin)) {
			return null;
		}
		String text = origin.strip();
		for (int end = Math.min(text.length(), ORIGIN_PREFIX); end >= 2; end--) {
			List<Division> found = divisions.search(text.substring(0, end), 1);
			if (!found.isEmpty()) {
				return found.getFirst().code();
			}
		}
		return null;
	}

	private LocalDate arrivalDate(LocalDate listed) {
		return listed == null || listed.isAfter(arrivals.today()) ? null : listed;
	}

	private static Long number(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
