package org.bastion.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.Observations;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases in the viewer's area: record one for a person, move it through {@link CaseTransitionPolicy}, list
 * them, and count new ones per day. Publishes {@link CaseConfirmed} and {@link CaseStatusChanged}.
 */
@Service
@Transactional
public class Cases {

	static final String CASE = "case";

	/** Who records cases: HQ, the township and doctors; grid workers report fevers through alerts. */
	static final String RECORDERS = "hasAnyRole('SYSTEM_ADMIN','HQ_STAFF','TOWNSHIP_STAFF','MEDICAL_STAFF')";

	/** The longest span of daily counts one request returns. */
	public static final int MAX_DAILY_DAYS = 366;

	private final CaseDatabase cases;

	private final People people;

	private final Jurisdictions jurisdictions;

	private final Observations observations;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final AccountNames names;

	Cases(CaseDatabase cases, People people, Jurisdictions jurisdictions, Observations observations,
			CurrentViewer viewer, AuditTrail audit, ApplicationEventPublisher events, FieldClock clock,
			AccountNames names) {
		this.names = names;
		this.cases = cases;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.observations = observations;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a case for a person in the viewer's area.
	 *
	 * @throws ConflictException {@code case.person.exists} with the person's case when they have one
	 * @throws InvalidInputException naming every broken rule
	 */
	@PreAuthorize(RECORDERS)
	public CaseView create(NewCase request) {
		String clientId = Idempotency.stored(request.clientId(), "case.clientId.size");
		if (clientId != null) {
			var earlier = cases.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().jurisdictionPath(), CASE);
				return view(earlier.get(), true);
			}
		}
		PersonView person = people.find(request.personId());
		Jurisdiction place = jurisdictions.find(person.jurisdictionCode()).orElseThrow(() -> new NotFoundException("jurisdiction"));
		viewer.requireWritable(place.path());
		LocalDate today = clock.today();
		List<FieldViolation> violations = new ArrayList<>();
		if (CaseTransitionPolicy.start(request.status()) instanceof CaseTransitionPolicy.Refusal refused) {
			violations.add(new FieldViolation("status", "initial", refused.messageKey()));
		}
		if (request.onsetDate() != null && request.onsetDate().isAfter(today)) {
			violations.add(new FieldViolation("onsetDate", "future", "case.date.future"));
		}
		if (request.confirmedDate() != null && request.confirmedDate().isAfter(today)) {
			violations.add(new FieldViolation("confirmedDate", "future", "case.date.future"));
		}
		if (request.onsetDate() != null && request.confirmedDate() != null
				&& request.confirmedDate().isBefore(request.onsetDate())) {
			violations.add(new FieldViolation("confirmedDate", "afterOnset", "case.confirmedDate.beforeOnset"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		cases.findByPerson(person.id()).ifPresent(existing -> {
			throw new ConflictException("case.person.exists", viewer.get().canSee(existing.jurisdictionPath())
					? view(existing, false) : null);
		});
		boolean confirmed = request.status() == CaseStatus.CONFIRMED;
		LocalDate confirmedOn = confirmed && request.confirmedDate() == null ? today : request.confirmedDate();
		String hospital = request.hospital() == null || request.hospital().isBlank() ? null : request.hospital().strip();
		long id;
		try {
			id = cases.insert(new CaseRow(0, clientId, person.id(), person.name(), request.status(), request.onsetDate(),
					confirmedOn, null, hospital, place.code(), place.path(), viewer.get().username(), null));
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("case.person.exists", null);
		}
		LocalDate effective = confirmed ? confirmedOn : request.onsetDate() == null ? today : request.onsetDate();
		cases.recordChange(id, request.status(), effective, null, place.path(), viewer.get().username());
		audit.record(AuditAction.CREATE, target(id), "person:" + person.id());
		events.publishEvent(new CaseStatusChanged(id, person.id(), place.path().value(), null, request.status(), effective));
		if (confirmed) {
			events.publishEvent(new CaseConfirmed(id, person.id(), place.path().value(), confirmedOn));
		}
		return view(load(id), false);
	}

	/**
	 * Moves a case to another status on a date (today when absent).
	 *
	 * @throws InvalidInputException when {@link CaseTransitionPolicy} refuses the move or the date is wrong
	 * @throws ConflictException {@code case.status.raced} when someone moved it first
	 */
	@PreAuthorize(RECORDERS)
	public CaseView changeStatus(long id, CaseStatusChange change) {
		CaseRow row = load(id);
		viewer.requireWritable(row.jurisdictionPath());
		LocalDate today = clock.today();
		LocalDate date = change.date() == null ? today : change.date();
		List<FieldViolation> violations = new ArrayList<>();
		if (CaseTransitionPolicy.move(row.status(), change.status()) instanceof CaseTransitionPolicy.Refusal refused) {
			violations.add(new FieldViolation("status", "transition", refused.messageKey(), row.status(), change.status()));
		}
		if (date.isAfter(today)) {
			violations.add(new FieldViolation("date", "future", "case.date.future"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		CaseStatus to = change.status();
		if (!cases.move(id, row.status(), to, to == CaseStatus.CONFIRMED ? date : null, to.outcome() ? date : null)) {
			throw new ConflictException("case.status.raced", view(load(id), false));
		}
		String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
		cases.recordChange(id, to, date, note, row.jurisdictionPath(), viewer.get().username());
		audit.record(AuditAction.UPDATE, target(id), "status:" + row.status() + "->" + to);
		String path = row.jurisdictionPath().value();
		events.publishEvent(new CaseStatusChanged(id, row.personId(), path, row.status(), to, date));
		if (to == CaseStatus.CONFIRMED) {
			events.publishEvent(new CaseConfirmed(id, row.personId(), path, date));
		}
		return view(load(id), false);
	}

	/** One case; audited as a view of personal data. */
	public CaseView find(long id) {
		CaseRow row = load(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return view(row, false);
	}

	/** The statuses a case took, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseHistoryEntry> history(long id) {
		load(id);
		List<CaseHistoryEntry> entries = cases.history(id);
		UnaryOperator<String> named = names.namer(entries.stream().map(CaseHistoryEntry::changedBy).toList());
		return entries.stream()
			.map(e -> new CaseHistoryEntry(e.status(), e.date(), e.note(), e.changedBy(), named.apply(e.changedBy())))
			.toList();
	}

	/**
	 * Cases in the viewer's area or a place inside it, newest first, cursor paged.
	 *
	 * @param status null for all
	 */
	public Slice<CaseView> list(String jurisdictionCode, CaseStatus status, String cursor, Integer limit) {
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		PageRequest page = PageRequest.of(cursor, limit, "observation.cursor.shape");
		List<CaseRow> rows = cases.list(scope, status, page.after(), page.fetch());
		audit.record(AuditAction.SEARCH, CASE, "status:" + status + " jurisdiction:" + jurisdictionCode);
		Slice<CaseRow> slice = page.slice(rows, CaseRow::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/**
	 * New cases per status and day in an area, every day of the span listed (zeros included).
	 *
	 * @param from defaults to 13 days before {@code to}
	 * @param to defaults to today
	 */
	@Transactional(readOnly = true)
	public List<CaseDailyCount> daily(String jurisdictionCode, LocalDate from, LocalDate to) {
		LocalDate end = to == null ? clock.today() : to;
		LocalDate start = from == null ? end.minusDays(13) : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException(new FieldViolation("from", "beforeTo", "case.daily.fromAfterTo"));
		}
		if (start.plusDays(MAX_DAILY_DAYS).isBefore(end)) {
			throw new InvalidInputException(new FieldViolation("from", "range", "case.daily.tooLong", MAX_DAILY_DAYS));
		}
		Map<LocalDate, Map<CaseStatus, Long>> counts = new java.util.HashMap<>();
		for (CaseDatabase.DailyRow row : cases.daily(jurisdictions.scopePattern(jurisdictionCode), start, end)) {
			counts.computeIfAbsent(row.date(), d -> new EnumMap<>(CaseStatus.class)).put(row.status(), row.count());
		}
		List<CaseDailyCount> days = new ArrayList<>();
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			Map<CaseStatus, Long> of = counts.getOrDefault(day, Map.of());
			days.add(new CaseDailyCount(day, of.getOrDefault(CaseStatus.SUSPECTED, 0L),
					of.getOrDefault(CaseStatus.CONFIRMED, 0L), of.getOrDefault(CaseStatus.ASYMPTOMATIC, 0L),
					of.getOrDefault(CaseStatus.RECOVERED, 0L), of.getOrDefault(CaseStatus.DIED, 0L)));
		}
		return days;
	}

	/** Today in the deployment's zone: the default date of forms. */
	public LocalDate today() {
		return clock.today();
	}

	CaseRow load(long id) {
		return cases.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(CASE));
	}

	CaseView view(CaseRow row, boolean replayed) {
		return view(row, replayed, names.namer(row.createdBy()));
	}

	/** The views of a list's cases, the names they give looked up once for them all. */
	List<CaseView> views(List<CaseRow> rows) {
		UnaryOperator<String> named = names.namer(rows.stream().map(CaseRow::createdBy).toList());
		return rows.stream().map(row -> view(row, false, named)).toList();
	}

	private CaseView view(CaseRow row, boolean replayed, UnaryOperator<String> named) {
		List<CaseStatus> next = viewer.get().readOnly() ? List.of() : List.copyOf(CaseTransitionPolicy.next(row.status()));
		return new CaseView(row.id(), row.personId(), row.personName(), row.status(), row.onsetDate(),
				row.confirmedDate(), row.outcomeDate(), row.hospital(), row.jurisdictionCode(), row.createdBy(),
				named.apply(row.createdBy()), row.createdAt(), next, replayed);
	}

	static String target(long id) {
		return CASE + ":" + id;
	}
}
