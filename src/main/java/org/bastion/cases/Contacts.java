package org.bastion.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bastion.arrivals.ArrivalContact;
import org.bastion.arrivals.ArrivalDetail;
import org.bastion.arrivals.ArrivalListItem;
import org.bastion.arrivals.Arrivals;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.NewObservation;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ObservationView;
import org.bastion.observation.Observations;
import org.bastion.people.DocumentType;
import org.bastion.people.NewPerson;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's close contacts: entered in bulk or picked from what the case's person told at their arrival,
 * each found by ID number or registered through the people module, each stored once; and one action
 * that puts every contact not yet observed under home observation for close contact.
 */
@Service
@Transactional
public class Contacts {

	/** Arrivals of the case's person this recent are offered: a longer-ago trip has no contacts left to isolate. */
	static final int ARRIVAL_DAYS = 28;

	private static final int ARRIVAL_PAGES = 5;

	private final Cases cases;

	private final ContactDatabase contacts;

	private final Observations observations;

	private final People people;

	private final Arrivals arrivals;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	private final CaseContacts caseContacts;

	Contacts(Cases cases, ContactDatabase contacts, Observations observations,
			People people, Arrivals arrivals, Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit,
			FieldClock clock, CaseContacts caseContacts) {
		this.caseContacts = caseContacts;
		this.cases = cases;
		this.contacts = contacts;
		this.observations = observations;
		this.people = people;
		this.arrivals = arrivals;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds contacts to a case; a contact already there (same person, or same name and phone without an
	 * ID number) is counted, not stored again. Nothing is stored when a row breaks a rule.
	 *
	 * @throws InvalidInputException naming every broken rule by row, {@code contacts[i].field}; a contact
	 * who is the case themself included
	 */
	@PreAuthorize(Cases.RECORDERS)
	public ContactBatchOutcome add(long caseId, List<NewContact> rows) {
		CaseRow owner = cases.load(caseId);
		viewer.requireWritable(owner.jurisdictionPath());
		List<ContactPolicy.CheckedRow> checked = ContactPolicy.check(rows, clock.today());
		int duplicates = rows.size() - checked.size();
		List<ContactView> added = new ArrayList<>();
		List<Long> addedIds = new ArrayList<>();
		for (ContactPolicy.CheckedRow row : checked) {
			if (row.idNumber() == null && contacts.existsKey(caseId, row.matchKey())) {
				duplicates++;
				continue;
			}
			PersonView person = person(row, owner);
			ContactPolicy.notTheCase(row, person.id(), owner.personId());
			String key = ContactPolicy.storedKey(row, person.id());
			if (contacts.exists(caseId, person.id(), key)) {
				duplicates++;
				continue;
			}
			String relation = row.contact().relation() == null || row.contact().relation().isBlank() ? null
					: row.contact().relation().strip();
			// A person living outside the viewer's area comes back without a name: keep the one typed.
			String name = person.name() == null ? row.contact().name().strip() : person.name();
			addedIds.add(contacts.insert(caseId, person.id(), name, key, relation,
					row.contact().lastExposureDate(), owner.jurisdictionPath(), viewer.get().username()));
		}
		for (ContactView contact : caseContacts.ofCase(caseId)) {
			if (addedIds.contains(contact.id())) {
				added.add(contact);
			}
		}
		audit.record(AuditAction.CREATE, Cases.target(caseId), "contacts:" + added.size());
		return new ContactBatchOutcome(added, duplicates);
	}

	/** A case's contacts with the state of their observation; audited as a view of personal data. */
	public List<ContactView> ofCase(long caseId) {
		cases.load(caseId);
		audit.record(AuditAction.VIEW, Cases.target(caseId), "contacts");
		return caseContacts.ofCase(caseId);
	}

	/**
	 * The companions and contacts the case's person named at arrivals registered in the last
	 * {@value #ARRIVAL_DAYS} days, to be picked as close contacts.
	 */
	public List<ContactSuggestion> fromArrivals(long caseId) {
		CaseRow owner = cases.load(caseId);
		LocalDate today = clock.today();
		List<ContactSuggestion> suggestions = new ArrayList<>();
		String cursor = null;
		for (int page = 0; page < ARRIVAL_PAGES; page++) {
			Slice<ArrivalListItem> slice = arrivals.list(owner.jurisdictionCode(), today.minusDays(ARRIVAL_DAYS - 1L),
					today, null, cursor, PageRequest.MAX_SIZE);
			for (ArrivalListItem item : slice.items()) {
				if (item.arrival().personId() == owner.personId() && item.arrival().contactCount() > 0) {
					ArrivalDetail detail = arrivals.find(item.arrival().id());
					for (ArrivalContact c : detail.companions()) {
						suggestions.add(new ContactSuggestion(c.name(), c.phone(), c.relation(), item.arrival().arrivalDate()));
					}
					for (ArrivalContact c : detail.contacts()) {
						suggestions.add(new ContactSuggestion(c.name(), c.phone(), c.relation(), null));
					}
				}
			}
			cursor = slice.nextCursor();
			if (cursor == null) {
				break;
			}
		}
		return suggestions;
	}

	/**
	 * Puts every contact of the case without an order under home observation for close contact, from
	 * their last exposure (today when unknown); the creator is their monitor when they are one.
	 */
	@PreAuthorize(Cases.RECORDERS)
	public ContactObservationOutcome observeAll(long caseId) {
		CaseRow owner = cases.load(caseId);
		viewer.requireWritable(owner.jurisdictionPath());
		List<ContactView> waiting = caseContacts.ofCase(caseId).stream().filter(c -> c.observationId() == null).toList();
		Map<Long, PersonView> persons = people.viewsOf(waiting.stream().map(ContactView::personId).toList());
		LocalDate today = clock.today();
		List<Long> started = new ArrayList<>();
		int already = 0;
		int outside = 0;
		for (ContactView contact : waiting) {
			PersonView person = persons.get(contact.personId());
			var place = person == null ? null : jurisdictions.find(person.jurisdictionCode()).orElse(null);
			if (place == null || !viewer.get().canSee(place.path())) {
				outside++;
				continue;
			}
			var open = observations.openOrderOf(contact.personId());
			if (open.isPresent()) {
				contacts.observed(contact.id(), open.get());
				already++;
				continue;
			}
			LocalDate exposure = contact.lastExposureDate();
			LocalDate start = exposure == null || exposure.isBefore(today.minusDays(Observations.MAX_DAYS_BACK)) ? today
					: exposure;
			ObservationView order = observations.create(new NewObservation(contact.personId(), ObservationKind.HOME, start,
					ObservationReason.CLOSE_CONTACT, null, null, null, "case-contact-" + contact.id()));
			contacts.observed(contact.id(), order.id());
			started.add(order.id());
		}
		audit.record(AuditAction.UPDATE, Cases.target(caseId), "observe:" + started.size());
		return new ContactObservationOutcome(started.size(), started, already, outside);
	}

	private PersonView person(ContactPolicy.CheckedRow row, CaseRow owner) {
		NewContact c = row.contact();
		try {
			NewPerson resident = NewPerson.resident(row.idNumber(), c.name().strip(), c.phone(), owner.jurisdictionCode());
			// A contact known only by name and phone has no document yet; the tracer rarely has more.
			return people.findOrRegister(row.idNumber() != null ? resident
					: new NewPerson(null, resident.name(), resident.phone(), resident.jurisdictionCode(), null, null, null,
							DocumentType.NONE, null, null, null, java.util.Set.of(), null));
		}
		catch (InvalidInputException refused) {
			throw new InvalidInputException(refused.violations().stream()
				.map(v -> new FieldViolation("contacts[" + row.index() + "]." + v.field(), v.rule(), v.messageKey(),
						v.arguments()))
				.toList());
		}
	}
}
