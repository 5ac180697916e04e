package org.bastion.rounds;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.arrivals.ArrivalVisits;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.LedgerWorkbook;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household visits of screening rounds: the worker's door list and the outcomes recorded at each door.
 * A worker reaches only the visits of their own area; a closed round takes no more outcomes.
 */
@Service
@Transactional
public class Visits implements ArrivalVisits {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 200;

	static final String VISIT = "visit";

	private final VisitDatabase visits;

	private final ScreeningRounds rounds;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final AccountNames names;

	Visits(VisitDatabase visits, ScreeningRounds rounds, Jurisdictions jurisdictions, CurrentViewer viewer,
			AuditTrail audit, ApplicationEventPublisher events, FieldClock clock, AccountNames names) {
		this.names = names;
		this.clock = clock;
		this.visits = visits;
		this.rounds = rounds;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * A round's visits in the viewer's part of it (or a place inside that), unvisited first. Audited: the
	 * list names heads of households.
	 *
	 * @param statuses only these, or all when empty
	 * @param cursor {@link Slice#nextCursor()} of the previous page, or null
	 */
	public Slice<Visit> list(long roundId, String jurisdictionCode, List<VisitStatus> statuses, String cursor,
			Integer limit) {
		RoundRow round = rounds.load(roundId);
		JurisdictionPath area = area(round, jurisdictionCode);
		int size = PageRequest.size(limit, DEFAULT_LIMIT, MAX_LIMIT);
		int afterRank = -1;
		long afterId = 0;
		if (cursor != null && !cursor.isBlank()) {
			String[] parts = cursor.split(":");
			try {
				afterRank = Integer.parseInt(parts[0]);
				afterId = Long.parseLong(parts[1]);
			}
			catch (RuntimeException unreadable) {
				throw new InvalidInputException(new FieldViolation("cursor", "format", "visit.cursor.format"));
			}
		}
		List<VisitRow> rows = visits.page(roundId, area.likePattern(), statuses, afterRank, afterId, size + 1);
		audit.record(AuditAction.VIEW, ScreeningRounds.target(roundId), "visits " + area);
		Slice<VisitRow> page = Slice.of(rows, size, row -> row.rank() + ":" + row.id());
		UnaryOperator<String> named = names.namer(page.items().stream().map(VisitRow::visitedBy).toList());
		return page.map(row -> row.view(named));
	}

	/** One visit of the viewer's area; audited. */
	public Visit find(long visitId) {
		VisitRow visit = load(visitId);
		audit.record(AuditAction.VIEW, target(visitId), null);
		return view(visit);
	}

	/**
	 * Records what happened at a door. A client id seen before returns the visit as it is now and stores
	 * nothing; an outcome the {@link VisitPolicy} refuses, or any outcome after the round's close, is a conflict.
	 */
	@PreAuthorize(Roles.GRID_WORKERS)
	public VisitResult record(long visitId, VisitReport report) {
		return change(visitId, report, false);
	}

	/**
	 * Corrects an outcome marked by mistake, while the round is open: the visit takes the new outcome (and
	 * coverage with it), and its history keeps the correction with the status it replaced, who and when.
	 * Nobody knocked again, so the attempts stay. Replayed, refused and closed as {@link #record}.
	 */
	@PreAuthorize(Roles.GRID_WORKERS)
	public VisitResult correct(long visitId, VisitReport report) {
		return change(visitId, report, true);
	}

	private VisitResult change(long visitId, VisitReport report, boolean correction) {
		String clientId = Idempotency.stored(report.clientId(), "visit.clientId.size");
		if (clientId != null) {
			var earlier = visits.visitOfAttempt(clientId);
			if (earlier.isPresent()) {
				if (earlier.get() != visitId) {
					throw new InvalidInputException(new FieldViolation("clientId", "unique", "visit.clientId.reused"));
				}
				return new VisitResult(view(load(visitId)), true);
			}
		}
		VisitRow visit = load(visitId);
		viewer.requireWritable(visit.jurisdictionPath());
		requireOpen(rounds.load(visit.roundId()), visit);
		String note = blankToNull(report.note());
		Integer returnees = check(report, note);
		VisitPolicy.Change change = correction ? new VisitPolicy.Correct(report.outcome())
				: new VisitPolicy.Mark(report.outcome());
		if (VisitPolicy.decide(visit.status(), change) instanceof VisitPolicy.Refusal refused) {
			throw new ConflictException(refused.messageKey(), view(visit));
		}
		Instant now = clock.instant();
		String by = viewer.get().username();
		if (!visits.update(visitId, visit.status(), report.outcome().status(), returnees, note, correction ? 0 : 1, by,
				now)) {
			throw new ConflictException("visit.changed", view(load(visitId)));
		}
		visits.insertAttempt(visitId, report.outcome(), correction ? visit.status() : null, returnees, note, clientId,
				by, now);
		events.publishEvent(new HouseholdVisited(visitId, visit.roundId(), visit.householdId(), visit.jurisdictionCode(),
				visit.jurisdictionPath().value(), report.outcome(), returnees, by, now));
		audit.record(AuditAction.UPDATE, target(visitId),
				correction ? "correct " + visit.status() + " to " + report.outcome() : report.outcome().name());
		return new VisitResult(view(load(visitId)), false);
	}

	/** A visit's outcomes and corrections, oldest first, each with who recorded it; audited as a view. */
	public List<VisitEntry> history(long visitId) {
		load(visitId);
		List<VisitEntry> entries = visits.history(visitId);
		UnaryOperator<String> named = names.namer(entries.stream().map(VisitEntry::recordedBy).toList());
		audit.record(AuditAction.VIEW, target(visitId), "history");
		return entries.stream().map(entry -> entry.named(named.apply(entry.recordedBy()))).toList();
	}

	/**
	 * The household to knock at after {@code visitId}: the first never tried after it, else before it, then
	 * the same among those where nobody was home, in the viewer's part of the
	 * round or the place asked; empty when every door there is done.
	 */
	public Optional<Visit> next(long visitId, String jurisdictionCode) {
		VisitRow current = load(visitId);
		JurisdictionPath area = area(rounds.load(current.roundId()), jurisdictionCode);
		return visits.nextOpen(current.roundId(), area.likePattern(), current.id()).map(this::view);
	}

	@Override
	public Lead lead(long visitId) {
		Visit visit = find(visitId);
		return new Lead(visit.id(), visit.roundId(), visit.householdId(), visit.jurisdictionCode(), visit.address());
	}

	@Override
	public Optional<Long> roundOfVisit(long visitId) {
		return visits.find(visitId, viewer.scopePattern()).map(VisitRow::roundId);
	}

	/**
	 * Follows up an arrival registered from a visit, in the registration's transaction: what
	 * {@link VisitPolicy} allows for {@link VisitPolicy.ReturneeRegistration}, recorded as an attempt and
	 * published like a tap when the status changes. A closed round or a final verdict is left as it is:
	 * the arrival stands, and HQ can reopen the visit.
	 */
	@Override
	public void returneeRegistered(long visitId, int personsRegistered) {
		String by = viewer.get().username();
		// Another tap on the same door may land between our read and our write: read again and retry.
		for (int attempt = 0; attempt < 3; attempt++) {
			VisitRow visit = visits.find(visitId, viewer.scopePattern()).orElse(null);
			if (visit == null || rounds.load(visit.roundId()).status() == RoundStatus.CLOSED || VisitPolicy
				.decide(visit.status(), new VisitPolicy.ReturneeRegistration()) instanceof VisitPolicy.Refusal) {
				return;
			}
			Instant now = clock.instant();
			if (visits.returneeRegistered(visitId, visit.status(), personsRegistered, by, now)) {
				if (visit.status() != VisitStatus.VISITED_WITH_RETURNEES) {
					Integer returnees = load(visitId).returnees();
					visits.insertAttempt(visitId, VisitOutcome.VISITED_WITH_RETURNEES, null, returnees, null, null, by, now);
					events.publishEvent(new HouseholdVisited(visitId, visit.roundId(), visit.householdId(),
							visit.jurisdictionCode(), visit.jurisdictionPath().value(),
							VisitOutcome.VISITED_WITH_RETURNEES, returnees, by, now));
				}
				audit.record(AuditAction.UPDATE, target(visitId), "returnee registered");
				return;
			}
		}
	}

	/** Sends a visit done or refused back to the worker's list, e.g. when the record was wrong. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public Visit reopen(long visitId) {
		VisitRow visit = load(visitId);
		viewer.requireWritable(visit.jurisdictionPath());
		requireOpen(rounds.load(visit.roundId()), visit);
		if (VisitPolicy.decide(visit.status(), new VisitPolicy.Reopen()) instanceof VisitPolicy.Refusal refused) {
			throw new ConflictException(refused.messageKey(), view(visit));
		}
		if (!visits.reopen(visitId, visit.status())) {
			throw new ConflictException("visit.changed", view(load(visitId)));
		}
		audit.record(AuditAction.UPDATE, target(visitId), "reopen from " + visit.status());
		return view(load(visitId));
	}

	/**
	 * Writes the households not yet visited (never tried or nobody home) of a round's area as a ledger;
	 * audited as an export.
	 */
	public void exportUnvisited(long roundId, String jurisdictionCode, LedgerWorkbook.Heading heading,
			List<String> columns, StatusNames statusNames, OutputStream out) {
		RoundRow round = rounds.load(roundId);
		JurisdictionPath area = area(round, jurisdictionCode);
		audit.record(AuditAction.EXPORT, ScreeningRounds.target(roundId), "unvisited " + area);
		try (Stream<VisitRow> rows = visits.unvisited(roundId, area.likePattern())) {
			Iterable<List<?>> lines = () -> rows.<List<?>>map(row -> {
				List<Object> line = new ArrayList<>(6);
				line.add(row.jurisdictionCode());
				line.add(row.address());
				line.add(row.headName());
				line.add(row.members());
				line.add(statusNames.of(row.status()));
				line.add(row.attempts());
				return line;
			}).iterator();
			LedgerWorkbook.write(out, heading.title(), heading, columns, lines);
		}
	}

	/** How a ledger writes a status, in the reader's language. */
	@FunctionalInterface
	public interface StatusNames {

		String of(VisitStatus status);
	}

	/**
	 * The area of a round a request is about: the viewer's part of it, or a place inside that part.
	 * A place outside either is not found.
	 */
	JurisdictionPath area(RoundRow round, String jurisdictionCode) {
		JurisdictionPath part = rounds.viewerPart(round);
		if (jurisdictionCode == null || jurisdictionCode.isBlank()) {
			return part;
		}
		Jurisdiction place = jurisdictions.visible(jurisdictionCode.strip());
		if (place.path().contains(part)) {
			return part;
		}
		if (!part.contains(place.path())) {
			throw new NotFoundException("jurisdiction");
		}
		return place.path();
	}

	private VisitRow load(long visitId) {
		return visits.find(visitId, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(VISIT));
	}

	private void requireOpen(RoundRow round, VisitRow visit) {
		if (round.status() == RoundStatus.CLOSED) {
			throw new ConflictException("round.closed", view(visit));
		}
	}

	/** The returnee count to store: only a visit with returnees has one; refusing needs a note. */
	private static Integer check(VisitReport report, String note) {
		List<FieldViolation> violations = new ArrayList<>();
		Integer returnees = report.returnees();
		if (report.outcome() == VisitOutcome.REFUSED && note == null) {
			violations.add(new FieldViolation("note", "required", "visit.note.requiredWhenRefused"));
		}
		if (returnees != null && (returnees < 0 || returnees > 99)) {
			violations.add(new FieldViolation("returnees", "range", "visit.returnees.range"));
		}
		if (report.outcome() == VisitOutcome.VISITED_WITH_RETURNEES && returnees != null && returnees == 0) {
			violations.add(new FieldViolation("returnees", "positive", "visit.returnees.positive"));
		}
		if (report.outcome() != VisitOutcome.VISITED_WITH_RETURNEES && returnees != null && returnees > 0) {
			violations.add(new FieldViolation("returnees", "onlyWithReturnees", "visit.returnees.onlyWithReturnees"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return report.outcome() == VisitOutcome.VISITED_WITH_RETURNEES ? returnees : null;
	}

	static String target(long visitId) {
		return VISIT + ":" + visitId;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The visit with the display name of who recorded it. */
	private Visit view(VisitRow row) {
		return row.view(names.namer(row.visitedBy()));
	}
}
