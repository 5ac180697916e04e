package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Divisions;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.DocumentType;
import org.bastion.people.IdentityPolicy;
import org.bastion.people.NewPerson;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BehindSavepoint;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrivals (返乡人员) as the signed-in viewer registers and reads them: each gets its risk level from
 * the areas HQ designated and its measure from HQ's table when registered. The same person's arrival
 * on the same date is one record, and a retried submission is stored once. Everything is limited to
 * the viewer's area and audited.
 */
@Service
@Transactional
public class Arrivals {

	static final String ARRIVAL = "arrival";

	/** The rule of an ID number held by a person of another name than the one typed. */
	static final String NAME_DIFFERS = "nameDiffers";

	/** A list without dates covers the last four weeks, twice the usual observation period. */
	public static final int DEFAULT_DAYS = 28;

	private final ArrivalDatabase database;

	private final ArrivalVisits visits;

	private final ArrivalListEntries listEntries;

	private final RiskAreaDatabase riskAreas;

	private final MeasureDatabase measures;

	private final People people;

	private final Jurisdictions jurisdictions;

	private final Divisions divisions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final AccountNames accountNames;

	private final ArrivalHandOvers handOvers;

	Arrivals(ArrivalDatabase database, ArrivalVisits visits, ArrivalListEntries listEntries, RiskAreaDatabase riskAreas,
			MeasureDatabase measures, People people, Jurisdictions jurisdictions, Divisions divisions,
			CurrentViewer viewer, AuditTrail audit, ApplicationEventPublisher events,
			FieldClock clock, AccountNames accountNames, ArrivalHandOvers handOvers) {
		this.accountNames = accountNames;
		this.handOvers = handOvers;
		this.database = database;
		this.visits = visits;
		this.listEntries = listEntries;
		this.riskAreas = riskAreas;
		this.measures = measures;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.divisions = divisions;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Today in the deployment's zone: the day arrival dates are compared with. */
	public LocalDate today() {
		return clock.today();
	}

	/**
	 * Registers an arrival in the place named by {@code person.jurisdictionCode}, which the viewer must be
	 * able to change.
	 *
	 * <p>An arrival found at a household visit ({@code visitId}) takes the visit's round and moves the
	 * visit on (see {@link ArrivalVisits#returneeRegistered}); one registered from a pushed-list entry
	 * ({@code listEntryId}) is linked to it; one confirming a checkpoint's hand-over ({@code handOverId})
	 * closes it. All must be in the viewer's area. A trip registered before is linked to the entry when it
	 * has none yet, closes the hand-over, and leaves the visit as it is.
	 *
	 * @throws InvalidInputException naming every broken rule, the person's as {@code person.<field>}
	 * @throws ConflictException {@code arrival.trip.elsewhere} when the same trip is registered outside the
	 * viewer's area
	 */
	public ArrivalRegistration register(NewArrival request) {
		String clientId = Idempotency.stored(request.clientId(), "arrival.clientId.size");
		if (clientId != null) {
			var earlier = database.findByClientId(clientId);
			if (earlier.isPresent()) {
				return new ArrivalRegistration(detail(visible(earlier.get())), true);
			}
		}
		if (request.person() == null) {
			throw new InvalidInputException(new FieldViolation("person", "required", "arrival.person.required"));
		}
		ArrivalPolicy.Valid facts = checked(request);
		Long visitRound = request.visitId() == null ? null : visits.roundOfVisit(request.visitId()).orElse(null);
		Long roundId = visitRound == null ? request.roundId() : visitRound;
		Jurisdiction place = jurisdictions.find(ArrivalPolicy.text(request.person().jurisdictionCode()))
			.orElseThrow(() -> new InvalidInputException(
					new FieldViolation("person.jurisdictionCode", "exists", "person.jurisdictionCode.unknown")));
		viewer.requireWritable(place.path());
		PersonView person = person(request);
		var trip = database.findTrip(person.id(), facts.arrivalDate());
		if (trip.isPresent()) {
			return sameTrip(trip.get(), request.listEntryId(), request.handOverId());
		}
		String idRegion = person.documentType() == DocumentType.RESIDENT_ID && person.idNumber() != null
				? person.idNumber().substring(0, 6) : null;
		var riskFacts = new RiskPolicy.Facts(facts.originCode(),
				facts.plate() == null ? null : new TransportPlate(facts.plate()), idRegion, facts.arrivalDate());
		RiskAssessment risk = RiskPolicy.assess(riskFacts, riskAreas.notEndedBefore(facts.arrivalDate()));
		Measure measure = measures.table().recommend(risk.level(), facts.temperature());
		ArrivalDraft draft = new ArrivalDraft(clientId, person.id(), place.code(), place.path(), facts.originCode(),
				facts.originAddress(), facts.departureDate(), facts.arrivalDate(), facts.mode(), facts.plate(),
				facts.transportNumber(), facts.temperature(), facts.symptoms(), risk, measure, roundId,
				request.visitId(), request.listEntryId(), viewer.get().username(), clock.instant(),
				person.documentType().name(), idRegion, facts.contacts().size() + facts.companions().size(),
				person.outsideArea() ? ArrivalPolicy.text(request.person().name()) : null,
				person.outsideArea() ? ArrivalPolicy.text(request.person().phone()) : null);
		Optional<Long> inserted = BehindSavepoint.insertUnlessTaken(() -> database.insert(draft));
		if (inserted.isEmpty()) {
			// The same trip or client id committed between our look-up and insert (the insert waited for
			// it to commit): that record it is. Two phones with client ids of their own collide on the
			// trip, a retried submission on its id.
			var stored = (clientId == null ? Optional.<Arrival>empty() : database.findByClientId(clientId))
				.or(() -> database.findTrip(person.id(), facts.arrivalDate()));
			return sameTrip(stored.orElseThrow(
					() -> new IllegalStateException("A unique key of arrival was taken by no arrival it can find")),
					request.listEntryId(), request.handOverId());
		}
		long id = inserted.get();
		facts.companions().forEach(c -> database.insertContact(id, "COMPANION", c));
		facts.contacts().forEach(c -> database.insertContact(id, "CONTACT", c));
		if (visitRound != null) {
			visits.returneeRegistered(request.visitId(), database.personsAtVisit(request.visitId()));
		}
		if (request.handOverId() != null) {
			handOvers.arrivalRegistered(request.handOverId(), id, person.id());
		}
		events.publishEvent(new ArrivalRegistered(id, person.id(), place.code(), place.path().value(),
				facts.arrivalDate(), risk.level(), measure));
		audit.record(AuditAction.CREATE, target(id), null);
		return new ArrivalRegistration(detail(load(id)), false);
	}

	/** One arrival with its person, contacts and history; audited as a view of personal data. */
	public ArrivalDetail find(long id) {
		Arrival arrival = load(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return detail(arrival);
	}

	/**
	 * Arrivals of an area the viewer may see, newest first, cursor paged.
	 *
	 * @param jurisdictionCode null for the viewer's whole area
	 * @param from null for {@link #DEFAULT_DAYS} before {@code to}
	 * @param to null for today
	 * @param risk null for every level
	 */
	public Slice<ArrivalListItem> list(String jurisdictionCode, LocalDate from, LocalDate to, RiskLevel risk,
			String cursor, Integer limit) {
		ArrivalFilter filter = filter(jurisdictionCode, from, to, risk);
		PageRequest page = PageRequest.of(cursor, limit, "arrival.filter.cursor");
		List<Arrival> rows = database.list(filter, page.after(), page.fetch());
		audit.record(AuditAction.SEARCH, ARRIVAL, filter.scope() + " " + filter.from() + ".." + filter.to());
		Slice<Arrival> slice = page.slice(rows, Arrival::id);
		return new Slice<>(items(slice.items()), slice.nextCursor());
	}

	/** The filter of a list or ledger, checked: an area the viewer may see and dates in order. */
	ArrivalFilter filter(String jurisdictionCode, LocalDate from, LocalDate to, RiskLevel risk) {
		String code = ArrivalPolicy.text(jurisdictionCode);
		var scope = code == null ? viewer.get().scope() : jurisdictions.visible(code).path();
		LocalDate end = to == null ? today() : to;
		LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException(new FieldViolation("from", "beforeTo", "arrival.filter.fromAfterTo"));
		}
		return new ArrivalFilter(scope, start, end, risk);
	}

	/** Arrivals as lines of a list: their persons' ID numbers and phones masked for every role. */
	List<ArrivalListItem> items(List<Arrival> arrivals) {
		return items(arrivals, true);
	}

	/**
	 * Arrivals as lines of a ledger, a file handed up the line that names each person in full for the roles
	 * that see them so (audited as an export), masked for the others.
	 */
	List<ArrivalListItem> ledgerItems(List<Arrival> arrivals) {
		return items(arrivals, false);
	}

	private List<ArrivalListItem> items(List<Arrival> arrivals, boolean listed) {
		List<Long> ids = arrivals.stream().map(Arrival::personId).toList();
		Map<Long, PersonView> persons = listed ? people.listedViewsOf(ids) : people.viewsOf(ids);
		boolean masked = listed || viewer.get().masked();
		ArrivalNames names = new ArrivalNames(divisions, jurisdictions);
		UnaryOperator<String> registrars = accountNames.namer(arrivals.stream().map(Arrival::registeredBy).toList());
		List<ArrivalListItem> items = new ArrayList<>();
		for (Arrival a : arrivals) {
			items.add(new ArrivalListItem(a, shown(a, persons.get(a.personId()), masked), names.origin(a.originCode()),
					names.place(a.jurisdictionCode()), registrars.apply(a.registeredBy())));
		}
		return items;
	}

	/**
	 * Every rule the request breaks, without storing anything: a page whose own fields are already wrong
	 * shows these with them, all after one submission.
	 */
	List<FieldViolation> problems(NewArrival request) {
		if (request.person() == null) {
			return List.of(new FieldViolation("person", "required", "arrival.person.required"));
		}
		try {
			checked(request);
			return List.of();
		}
		catch (InvalidInputException refused) {
			return refused.violations();
		}
	}

	private ArrivalPolicy.Valid checked(NewArrival request) {
		List<FieldViolation> violations = new ArrayList<>();
		ArrivalPolicy.Valid facts = null;
		try {
			facts = ArrivalPolicy.check(request, today());
		}
		catch (InvalidInputException refused) {
			violations.addAll(refused.violations());
		}
		String origin = ArrivalPolicy.text(request.originCode());
		if (origin != null && origin.matches("[0-9]{6}|[0-9]{9}") && divisions.find(origin).isEmpty()) {
			violations.add(new FieldViolation("originCode", "exists", "arrival.originCode.unknown"));
		}
		// Links to places the viewer cannot see are refused like unknown ones: they do not exist for them.
		if (request.visitId() != null && visits.roundOfVisit(request.visitId()).isEmpty()) {
			violations.add(new FieldViolation("visitId", "exists", "arrival.visitId.unknown"));
		}
		if (request.listEntryId() != null && !listEntries.holds(request.listEntryId(), viewer.scopePattern())) {
			violations.add(new FieldViolation("listEntryId", "exists", "arrival.listEntryId.unknown"));
		}
		if (request.handOverId() != null && !handOvers.holdsOpen(request.handOverId(), viewer.scopePattern())) {
			violations.add(new FieldViolation("handOverId", "open", "arrival.handOverId.unknown"));
		}
		violations.addAll(personProblems(request));
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return facts;
	}

	/**
	 * What is wrong with the arrival's person, found with the arrival's own mistakes so that a form shows
	 * all at once: a new person's broken rules, or an ID number held by a person of another name that the
	 * worker has not confirmed (the arrival would otherwise silently become that person's).
	 */
	private List<FieldViolation> personProblems(NewArrival request) {
		NewPerson typed = request.person();
		return switch (people.identify(typed.idNumber(), typed.name())) {
			case IdentityPolicy.Unknown unknown -> people.problems(typed)
				.stream()
				.map(v -> new FieldViolation("person." + v.field(), v.rule(), v.messageKey(), v.arguments()))
				.toList();
			case IdentityPolicy.NameDiffers differs when request.personChoice() != PersonChoice.EXISTING -> {
				PersonView holder = differs.holder();
				String name = holder.name();
				String masked = Masking.idNumber(holder.idNumber());
				String village = people.village(holder.jurisdictionCode());
				// Both carry the holder, so that the page can put them before the worker from either.
				yield List.of(
						new FieldViolation("person.idNumber", NAME_DIFFERS, "arrival.person.idNumber.nameDiffers", name,
								masked, village),
						new FieldViolation("person.name", NAME_DIFFERS, "arrival.person.name.nameDiffers", name, masked,
								village));
			}
			default -> List.of();
		};
	}

	private PersonView person(NewArrival request) {
		try {
			return people.findOrRegister(request.person());
		}
		catch (InvalidInputException refused) {
			throw new InvalidInputException(refused.violations().stream()
				.map(v -> new FieldViolation("person." + v.field(), v.rule(), v.messageKey(), v.arguments()))
				.toList());
		}
	}

	/**
	 * A trip registered before answers for the new registration, linked to its list entry when it has none,
	 * closing the hand-over it confirms.
	 */
	private ArrivalRegistration sameTrip(Arrival existing, Long listEntryId, Long handOverId) {
		if (!viewer.get().canSee(existing.jurisdictionPath())) {
			throw new ConflictException("arrival.trip.elsewhere", null, existing.jurisdictionCode());
		}
		if (listEntryId != null) {
			database.linkListEntry(existing.id(), listEntryId);
		}
		if (handOverId != null) {
			handOvers.arrivalRegistered(handOverId, existing.id(), existing.personId());
		}
		audit.record(AuditAction.VIEW, target(existing.id()), "sameTrip");
		return new ArrivalRegistration(detail(existing), true);
	}

	private Arrival visible(Arrival arrival) {
		viewer.requireVisible(arrival.jurisdictionPath(), ARRIVAL);
		return arrival;
	}

	Arrival load(long id) {
		return database.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ARRIVAL));
	}

	private ArrivalDetail detail(Arrival arrival) {
		boolean masked = viewer.get().masked();
		PersonView person = shown(arrival, people.viewsOf(List.of(arrival.personId())).get(arrival.personId()), masked);
		List<ArrivalContact> companions = new ArrayList<>();
		List<ArrivalContact> contacts = new ArrayList<>();
		for (var row : database.contacts(arrival.id())) {
			ArrivalContact c = row.contact();
			ArrivalContact shown = masked ? new ArrivalContact(c.name(), Masking.phone(c.phone()), c.relation()) : c;
			("COMPANION".equals(row.kind()) ? companions : contacts).add(shown);
		}
		ArrivalNames names = new ArrivalNames(divisions, jurisdictions);
		return new ArrivalDetail(arrival, person, names.origin(arrival.originCode()),
				names.place(arrival.jurisdictionCode()),
				accountNames.namer(arrival.registeredBy()).apply(arrival.registeredBy()), companions, contacts,
				database.history(arrival.id()));
	}

	/** An outsider with the name and phone typed when this arrival was registered. */
	private static PersonView shown(Arrival arrival, PersonView person, boolean masked) {
		if (person == null) {
			return null;
		}
		String phone = arrival.typedPhone();
		return person.withTyped(arrival.typedName(), masked ? Masking.phone(phone) : phone);
	}

	static String target(long arrivalId) {
		return ARRIVAL + ":" + arrivalId;
	}
}
