package org.bastion.people;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households (户): a place, an address, a head and members. A person belongs to at most one household,
 * and both the household and every member must lie in the viewer's area.
 */
@Service
@Transactional
public class Households {

	private static final String HOUSEHOLD = "household";

	private final HouseholdDatabase households;

	private final PersonDatabase persons;

	private final Memberships memberships;

	private final PersonViews views;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	Households(HouseholdDatabase households, PersonDatabase persons, Memberships memberships, PersonViews views,
			Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit) {
		this.households = households;
		this.persons = persons;
		this.memberships = memberships;
		this.views = views;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** Creates a household, with {@code headPersonId} as its head when given. */
	public HouseholdView create(NewHousehold request) {
		String code = PersonPolicy.blankToNull(request.jurisdictionCode()) == null ? null
				: request.jurisdictionCode().strip();
		Jurisdiction place = jurisdictions.find(code)
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("jurisdictionCode", "exists",
					code == null ? "person.jurisdictionCode.required" : "person.jurisdictionCode.unknown")));
		viewer.requireWritable(place.path());
		String address = PersonPolicy.blankToNull(request.address()) == null ? null : request.address().strip();
		if (address != null && address.length() > PersonPolicy.ADDRESS_MAX) {
			throw new InvalidInputException(
					new FieldViolation("address", "size", "person.address.size", PersonPolicy.ADDRESS_MAX));
		}
		PersonRow head = request.headPersonId() == null ? null : writablePerson(request.headPersonId(), "headPersonId");
		long id = households.insert(place.code(), place.path(), address);
		if (head != null) {
			memberships.enrol(load(id), head, Relation.HEAD);
		}
		audit.record(AuditAction.CREATE, target(id), null);
		return view(load(id));
	}

	/** The household with its members the viewer may see; audited, since it lists personal data. */
	public HouseholdView find(long id) {
		HouseholdRow household = load(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return view(household);
	}

	public HouseholdView addMember(long householdId, long personId, Relation relation) {
		HouseholdRow household = writable(householdId);
		memberships.enrol(household, writablePerson(personId, "personId"), relation);
		audit.record(AuditAction.UPDATE, target(householdId), "add " + People.target(personId));
		return view(load(householdId));
	}

	public HouseholdView removeMember(long householdId, long personId) {
		HouseholdRow household = writable(householdId);
		member(household, writablePerson(personId, "personId"));
		memberships.leave(household, personId);
		audit.record(AuditAction.UPDATE, target(householdId), "remove " + People.target(personId));
		return view(load(householdId));
	}

	/** Makes a member the head; the previous head stays a member. */
	public HouseholdView setHead(long householdId, long personId) {
		HouseholdRow household = writable(householdId);
		member(household, writablePerson(personId, "personId"));
		memberships.makeHead(household, personId);
		audit.record(AuditAction.UPDATE, target(householdId), "head " + People.target(personId));
		return view(load(householdId));
	}

	/**
	 * Hands every household at or below {@code path} to {@code consumer}, {@code batchSize} at a time, so
	 * that a county of 300,000 households is walked in flat memory. The path must be visible to the viewer;
	 * not audited, since it lists where households are, not who lives there beyond the head's name.
	 */
	@Transactional(readOnly = true)
	public void forEachIn(JurisdictionPath path, int batchSize, Consumer<List<HouseholdListing>> consumer) {
		viewer.requireVisible(path, "jurisdiction");
		households.listing(path.likePattern(), Math.clamp(batchSize, 1, 10_000), consumer);
	}

	private HouseholdView view(HouseholdRow household) {
		Long head = household.headPersonId();
		List<PersonView> members = persons.members(household.id(), viewer.scopePattern())
			.stream()
			.sorted(Comparator.comparing((PersonRow row) -> head == null || row.id() != head).thenComparing(PersonRow::id))
			.map(row -> views.of(row, PersonViews.LISTED))
			.toList();
		return new HouseholdView(household.id(), household.jurisdictionCode(), household.address(), head, members,
				household.createdAt());
	}

	private HouseholdRow load(long id) {
		return households.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(HOUSEHOLD));
	}

	private HouseholdRow writable(long id) {
		HouseholdRow household = load(id);
		viewer.requireWritable(household.jurisdictionPath());
		return household;
	}

	private PersonRow writablePerson(long personId, String field) {
		PersonRow person = persons.find(personId, viewer.scopePattern())
			.orElseThrow(() -> new InvalidInputException(
					new FieldViolation(field, "exists", "household.person.unknown", personId)));
		viewer.requireWritable(person.jurisdictionPath());
		return person;
	}

	private static void member(HouseholdRow household, PersonRow person) {
		if (person.householdId() == null || person.householdId() != household.id()) {
			throw new InvalidInputException(
					new FieldViolation("personId", "member", "household.member.notMember", person.id()));
		}
	}

	static String target(long householdId) {
		return HOUSEHOLD + ":" + householdId;
	}
}
