package org.bastion.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.IdNumber.InvalidIdNumberException;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BehindSavepoint;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.bastion.shared.Viewer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons as the signed-in viewer works with them: register, change, find, search, reveal. Everything
 * is limited to the viewer's area (a person outside it is "not found"), masked when the viewer may not
 * read identifiers, and audited.
 *
 * <p>Transactions are read-write throughout because even a read writes an audit entry.
 */
@Service
@Transactional
public class People {

	static final String PERSON = "person";

	private static final int MAX_DUPLICATE_WARNINGS = 5;

	private final PersonDatabase persons;

	private final HouseholdDatabase households;

	private final Memberships memberships;

	private final PersonViews views;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	People(PersonDatabase persons, HouseholdDatabase households, Memberships memberships, PersonViews views,
			Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit) {
		this.persons = persons;
		this.households = households;
		this.memberships = memberships;
		this.views = views;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
	}

	/**
	 * Registers a person in a place the viewer may change.
	 *
	 * @throws ConflictException {@code person.idNumber.taken} with the existing person when the ID number
	 * is registered already
	 * @throws InvalidInputException naming every broken rule
	 */
	public Registration register(NewPerson request) {
		Jurisdiction place = writablePlace(request.jurisdictionCode());
		String clientId = Idempotency.stored(request.clientId(), "person.clientId.size");
		if (clientId != null) {
			var earlier = persons.findByClientId(clientId);
			if (earlier.isPresent()) {
				return replay(earlier.get());
			}
		}
		PersonFacts facts = PersonPolicy.check(request.idNumber(), request.documentType(), request.documentNumber(),
				request.name(), request.sex(), request.birthDate(), request.phone(), request.address(),
				request.careFlags(), views.today());
		if (facts.idNumber() != null) {
			persons.findByIdNumber(facts.idNumber()).ifPresent(existing -> {
				throw idTaken(existing);
			});
		}
		HouseholdRow household = null;
		if (request.householdId() != null) {
			household = households.find(request.householdId(), viewer.scopePattern())
				.orElseThrow(() -> new InvalidInputException(
						new FieldViolation("householdId", "exists", "person.householdId.unknown")));
			viewer.requireWritable(household.jurisdictionPath());
		}
		List<Registration.Warning> warnings = new ArrayList<>();
		if (facts.phone() != null) {
			List<Long> namesakes = persons.idsWithNameAndPhone(facts.name(), facts.phone(), viewer.scopePattern(),
					MAX_DUPLICATE_WARNINGS);
			if (!namesakes.isEmpty()) {
				warnings.add(new Registration.Warning("person.duplicate.namePhone", namesakes));
			}
		}
		// Another registration of the same number or client id may commit between our check and insert;
		// the savepoint keeps this transaction usable, so findOrRegister can then read that person.
		long id = BehindSavepoint.insertUnlessTaken(() -> persons.insert(facts, place.code(), place.path(), null, null,
				clientId)).orElseThrow(() -> new ConflictException("person.idNumber.takenMeanwhile", null));
		if (household != null) {
			memberships.enrol(household, loadScoped(id), request.relationToHead());
		}
		audit.record(AuditAction.CREATE, target(id), null);
		return new Registration(views.of(loadScoped(id), viewer.get().masked()), List.copyOf(warnings), false);
	}

	/** Changes a person's own facts; household membership changes through {@link Households}. */
	public PersonView update(long id, PersonChanges changes) {
		PersonRow current = loadScoped(id);
		viewer.requireWritable(current.jurisdictionPath());
		Jurisdiction place = Objects.equals(changes.jurisdictionCode(), current.jurisdictionCode())
				? null : writablePlace(changes.jurisdictionCode());
		PersonFacts old = current.facts();
		PersonFacts facts = PersonPolicy.check(unmasked(changes.idNumber(), old.idNumber(), Masking.idNumber(old.idNumber())),
				changes.documentType(),
				unmasked(changes.documentNumber(), old.documentNumber(), Masking.idNumber(old.documentNumber())),
				changes.name(), changes.sex(), changes.birthDate(),
				unmasked(changes.phone(), old.phone(), Masking.phone(old.phone())), changes.address(),
				changes.careFlags(), views.today());
		if (facts.idNumber() != null && !facts.idNumber().equals(old.idNumber())) {
			persons.findByIdNumber(facts.idNumber()).ifPresent(existing -> {
				throw idTaken(existing);
			});
		}
		boolean updated;
		try {
			updated = persons.update(id, facts, place == null ? current.jurisdictionCode() : place.code(),
					place == null ? current.jurisdictionPath() : place.path(), changes.version());
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("person.idNumber.takenMeanwhile", null);
		}
		if (!updated) {
			throw new ConflictException("person.version.stale", views.of(loadScoped(id), viewer.get().masked()));
		}
		audit.record(AuditAction.UPDATE, target(id), changedFields(old, facts, current, place));
		return views.of(loadScoped(id), viewer.get().masked());
	}

	/**
	 * The person an arrival or a list entry is about: the one holding the ID number wherever they live,
	 * else a new person registered in the request's place (which the viewer must be able to change).
	 * A person outside the viewer's area comes back as {@link #register} shows an existing outsider:
	 * masked, with where they live but not who they are.
	 *
	 * @throws InvalidInputException naming every broken rule of a new person
	 */
	public PersonView findOrRegister(NewPerson request) {
		writablePlace(request.jurisdictionCode());
		String raw = PersonPolicy.blankToNull(request.idNumber());
		if (raw != null && (request.documentType() == null || request.documentType() == DocumentType.RESIDENT_ID)) {
			try {
				var existing = persons.findByIdNumber(IdNumber.parse(raw, views.today()).value());
				if (existing.isPresent()) {
					return views.shownTo(viewer.get(), existing.get());
				}
			}
			catch (InvalidIdNumberException invalid) {
				// register() below reports it against the idNumber field with every other broken rule.
			}
		}
		try {
			return register(request.withClientId(null)).person();
		}
		catch (ConflictException raced) {
			// Registered by someone else between our look-up and insert: that person it is.
			return persons.findByIdNumber(IdNumber.parse(raw, views.today()).value())
				.map(row -> views.shownTo(viewer.get(), row))
				.orElseThrow(() -> raced);
		}
	}

	/**
	 * The id of the person holding an ID number, wherever they live, for a module that links its record to the
	 * person without showing anything of them (an occupant registered at a checkpoint joins the person's
	 * timeline); empty for a number that is no valid ID number or that nobody holds.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> holderOf(String idNumber) {
		String raw = PersonPolicy.blankToNull(idNumber);
		if (raw == null) {
			return Optional.empty();
		}
		try {
			return persons.findByIdNumber(IdNumber.parse(raw, views.today()).value()).map(PersonRow::id);
		}
		catch (InvalidIdNumberException invalid) {
			return Optional.empty();
		}
	}

	/**
	 * Who holds an ID number typed on a form, as the viewer may see them: a person of the area in full
	 * (masked for masked roles), one beyond it as an outsider; compared with the typed name by
	 * {@link IdentityPolicy}. A number that is no valid ID number is held by nobody. Audited as a view of
	 * the holder, or as a search when the number leads to nobody the viewer may read.
	 */
	public IdentityPolicy.Decision identify(String idNumber, String typedName) {
		String raw = PersonPolicy.blankToNull(idNumber);
		PersonRow row = null;
		if (raw != null) {
			try {
				row = persons.findByIdNumber(IdNumber.parse(raw, views.today()).value()).orElse(null);
			}
			catch (InvalidIdNumberException invalid) {
				// Still being typed, or mistyped: the form's own rules say so when it is sent.
			}
		}
		IdentityPolicy.Decision decision = IdentityPolicy.decide(typedName,
				row == null ? null : views.shownTo(viewer.get(), row));
		switch (decision) {
			case IdentityPolicy.Same same -> audit.record(AuditAction.VIEW, target(same.holder().id()), "idNumber.lookup");
			case IdentityPolicy.NameDiffers differs ->
				audit.record(AuditAction.VIEW, target(differs.holder().id()), "idNumber.nameDiffers");
			default -> audit.record(AuditAction.SEARCH, PERSON, "idNumber.lookup");
		}
		return decision;
	}

	/**
	 * Where a person lives as a worker names it: the last two places of the lineage (新华村 二组), the
	 * place's code when the tree does not hold it.
	 */
	@Transactional(readOnly = true)
	public String village(String jurisdictionCode) {
		List<Jurisdiction> lineage = jurisdictions.lineage(jurisdictionCode);
		if (lineage.isEmpty()) {
			return jurisdictionCode;
		}
		return String.join(" ", lineage.subList(Math.max(0, lineage.size() - 2), lineage.size())
			.stream()
			.map(Jurisdiction::name)
			.toList());
	}

	/**
	 * Every rule a new person of this request breaks, without registering anyone: a form shows them with
	 * its own mistakes after one submission. Empty when all hold.
	 */
	@Transactional(readOnly = true)
	public List<FieldViolation> problems(NewPerson request) {
		List<FieldViolation> violations = new ArrayList<>();
		try {
			writablePlace(request.jurisdictionCode());
		}
		catch (InvalidInputException refused) {
			violations.addAll(refused.violations());
		}
		try {
			PersonPolicy.check(request.idNumber(), request.documentType(), request.documentNumber(), request.name(),
					request.sex(), request.birthDate(), request.phone(), request.address(), request.careFlags(),
					views.today());
		}
		catch (InvalidInputException refused) {
			violations.addAll(refused.violations());
		}
		return violations;
	}

	/**
	 * Persons by id wherever they live, for records in the viewer's area that point at a person (an arrival
	 * registered here of someone living elsewhere): those inside the area as the viewer may see them, those
	 * beyond it as outsiders. The caller, which decided these records may be shown, audits the view.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> viewsOf(Collection<Long> ids) {
		Viewer who = viewer.get();
		return viewsOf(ids, row -> views.shownTo(who, row));
	}

	/**
	 * Persons by id for a list or search result of records pointing at them: as {@link #viewsOf}, but the
	 * ID numbers and phones masked for every viewer, whatever their role (see {@link PersonViews#listed}).
	 */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> listedViewsOf(Collection<Long> ids) {
		Viewer who = viewer.get();
		return viewsOf(ids, row -> views.listed(who, row));
	}

	private Map<Long, PersonView> viewsOf(Collection<Long> ids, Function<PersonRow, PersonView> shown) {
		Map<Long, PersonView> found = new HashMap<>();
		List<Long> distinct = ids.stream().distinct().toList();
		for (int i = 0; i < distinct.size(); i += 500) {
			persons.findAll(distinct.subList(i, Math.min(distinct.size(), i + 500)))
				.forEach(row -> found.put(row.id(), shown.apply(row)));
		}
		return found;
	}

	/**
	 * The words a form shows for the person it holds (name, masked ID number and village), or nothing for no
	 * id or a person the viewer may not see: the person picker's text beside the id it sends. A refused form
	 * may hand back what was typed, digits or not.
	 */
	@Transactional(readOnly = true)
	public String label(Object typed) {
		String text = typed == null ? "" : typed.toString().strip();
		if (!text.matches("\\d{1,18}")) {
			return "";
		}
		long id = Long.parseLong(text);
		PersonView person = listedViewsOf(List.of(id)).get(id);
		return person == null || person.outsideArea() ? "" : pickerLabel(person);
	}

	/** A person as a picker offers them: two 张伟 of one township differ by their masked number and village. */
	String pickerLabel(PersonView person) {
		return String.join(" · ", Stream.of(person.name(), person.idNumber(), village(person.jurisdictionCode()))
			.filter(part -> part != null && !part.isBlank())
			.toList());
	}

	/** One person's details, as the viewer may see them; audited as a view of personal data. */
	public PersonView find(long id) {
		PersonRow row = loadScoped(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return views.of(row, viewer.get().masked());
	}

	/** One person's details unmasked: an explicit act for viewers who normally see them masked. */
	public PersonView reveal(long id) {
		PersonRow row = loadScoped(id);
		audit.record(AuditAction.REVEAL, target(id), null);
		return views.of(row, false);
	}

	/**
	 * Finds persons by what the search box holds: an ID number (18 or 15 digits), a phone (11 digits),
	 * the first or last digits of either (4 or more), or the start of a name; nothing lists everyone.
	 * Newest first.
	 *
	 * @param jurisdictionCode narrows the search to a place inside the viewer's area; null for all of it
	 * @param cursor {@link Slice#nextCursor()} of the previous page, or null
	 */
	public Slice<PersonView> search(String q, String jurisdictionCode, String cursor, Integer limit) {
		if (q != null && q.length() > SearchTerm.MAX_LENGTH) {
			throw new InvalidInputException(
					new FieldViolation("q", "size", "person.search.size", SearchTerm.MAX_LENGTH));
		}
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		PageRequest page = PageRequest.of(cursor, limit, "person.search.cursor");
		SearchTerm term = SearchTerm.of(q);
		if (term.kind() == SearchTerm.Kind.DIGITS && viewer.get().masked()) {
			// Digits at the start or end of a number, narrowed search by search, would spell out what masking hides.
			throw new InvalidInputException(new FieldViolation("q", "whole", "person.search.maskedPartial"));
		}
		List<PersonRow> rows = persons.search(term, scope, page.after(), page.fetch());
		audit.record(AuditAction.SEARCH, PERSON, term.kind() + ":" + (q == null ? "" : q.strip()));
		return page.slice(rows, PersonRow::id).map(row -> views.of(row, PersonViews.LISTED));
	}

	/** Whether the search text was too short to search by, so a page can say so instead of "nothing found". */
	public static boolean tooShort(String q) {
		return SearchTerm.of(q).kind() == SearchTerm.Kind.TOO_SHORT;
	}

	/** Persons and households at or below a place the viewer may see, for the home page's figures. */
	@Transactional(readOnly = true)
	public PeopleCount countIn(JurisdictionPath path) {
		viewer.requireVisible(path, "jurisdiction");
		return new PeopleCount(persons.count(path.likePattern()), households.count(path.likePattern()));
	}

	private Registration replay(PersonRow earlier) {
		viewer.requireVisible(earlier.jurisdictionPath(), PERSON);
		return new Registration(views.of(earlier, viewer.get().masked()), List.of(), true);
	}

	private ConflictException idTaken(PersonRow existing) {
		PersonView shown = views.shownTo(viewer.get(), existing);
		if (!shown.outsideArea()) {
			audit.record(AuditAction.VIEW, target(existing.id()), "idNumber.taken");
		}
		return new ConflictException("person.idNumber.taken", shown, shown.jurisdictionCode());
	}

	/** Places are checked unscoped first so that "outside your area" reads as forbidden, not as a typo. */
	private Jurisdiction writablePlace(String code) {
		String trimmed = PersonPolicy.blankToNull(code) == null ? null : code.strip();
		Jurisdiction place = jurisdictions.find(trimmed)
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("jurisdictionCode", "exists",
					trimmed == null ? "person.jurisdictionCode.required" : "person.jurisdictionCode.unknown")));
		viewer.requireWritable(place.path());
		return place;
	}

	PersonRow loadScoped(long id) {
		return persons.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(PERSON));
	}

	private static String unmasked(String submitted, String stored, String masked) {
		return submitted != null && stored != null && submitted.strip().equals(masked) ? stored : submitted;
	}

	static String target(long personId) {
		return PERSON + ":" + personId;
	}

	/** Names, not values: the audit log says what changed without copying personal data into it. */
	private static String changedFields(PersonFacts old, PersonFacts now, PersonRow current, Jurisdiction place) {
		List<String> fields = new ArrayList<>();
		if (!Objects.equals(old.idNumber(), now.idNumber())) {
			fields.add("idNumber");
		}
		if (old.documentType() != now.documentType() || !Objects.equals(old.documentNumber(), now.documentNumber())) {
			fields.add("document");
		}
		if (!Objects.equals(old.name(), now.name())) {
			fields.add("name");
		}
		if (!Objects.equals(old.phone(), now.phone())) {
			fields.add("phone");
		}
		if (!Objects.equals(old.address(), now.address())) {
			fields.add("address");
		}
		if (old.sex() != now.sex() || !Objects.equals(old.birthDate(), now.birthDate())) {
			fields.add("birth");
		}
		if (!old.careFlags().equals(now.careFlags())) {
			fields.add("careFlags");
		}
		if (place != null && !place.code().equals(current.jurisdictionCode())) {
			fields.add("jurisdiction");
		}
		return String.join(",", fields);
	}

	/** How many persons and households an area holds. */
	public record PeopleCount(long persons, long households) {
	}
}
