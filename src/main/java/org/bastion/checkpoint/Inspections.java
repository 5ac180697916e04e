package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' inspection visits (督导检查) of checkpoints: the township or county HQ's inspector records who
 * came, when, and what was found lacking against the checklist, by when it is to be put right; what was
 * lacking goes on as the township's task ({@link CheckpointInspected}). Everyone in the checkpoint's area
 * reads the visits.
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

	static final String INSPECTION = "inspection";

	/** The span an area's list covers when the reader names none: the last week. */
	private static final int DEFAULT_DAYS = 7;

	/** The longest span an area's list covers at once. */
	private static final int MAX_DAYS = 366;

	private final Checkpoints checkpoints;

	private final InspectionDatabase inspections;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	private final FieldClock clock;

	private final ApplicationEventPublisher events;

	Inspections(Checkpoints checkpoints, InspectionDatabase inspections, Jurisdictions jurisdictions,
			CurrentViewer viewer, AuditTrail audit, AccountNames names, FieldClock clock,
			ApplicationEventPublisher events) {
		this.checkpoints = checkpoints;
		this.inspections = inspections;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.names = names;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a visit to a checkpoint of the viewer's area as its inspector; the same client id again returns
	 * the visit first stored.
	 *
	 * @throws InvalidInputException every rule of {@link InspectionPolicy} the visit breaks, each on its field
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public InspectionView record(long checkpointId, NewInspection visit) {
		String clientId = Idempotency.stored(visit.clientId(), "inspection.clientId.size");
		if (clientId != null) {
			var earlier = inspections.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().path(), INSPECTION);
				return views(List.of(earlier.get())).getFirst().replay();
			}
		}
		CheckpointDatabase.Row checkpoint = checkpoints.load(checkpointId);
		viewer.requireWritable(checkpoint.path());
		LocalDateTime now = clock.dateTime();
		LocalDateTime at = visit.inspectedAt() == null ? now : visit.inspectedAt();
		List<InspectionPolicy.Refusal> refusals = InspectionPolicy.refusals(visit, at,
				new InspectionPolicy.Staffed(checkpoint.openedOn(), checkpoint.closedOn()), now);
		if (!refusals.isEmpty()) {
			throw new InvalidInputException(refusals.stream()
				.map(r -> new FieldViolation(r.field(), "policy", r.messageKey()))
				.toList());
		}
		Set<InspectionItem> lacking = visit.lackingOrNone();
		String finding = visit.finding() == null || visit.finding().isBlank() ? null : visit.finding().strip();
		Instant inspectedAt = at.atZone(clock.zone()).toInstant();
		long id = inspections.insert(clientId, checkpoint, inspectedAt, viewer.get().username(), lacking, finding,
				visit.rectifyBy(), clock.instant());
		audit.record(AuditAction.CREATE, INSPECTION + ":" + id, "checkpoint " + checkpointId);
		InspectionView stored = views(List.of(inspections.find(id).orElseThrow())).getFirst();
		events.publishEvent(new CheckpointInspected(id, checkpointId, checkpoint.name(), checkpoint.jurisdictionCode(),
				inspectedAt, stored.lacking(), finding, visit.rectifyBy()));
		return stored;
	}

	/** A checkpoint's visits, newest first, a page at a time. */
	public Slice<InspectionView> ofCheckpoint(long checkpointId, String cursor, Integer limit) {
		CheckpointDatabase.Row checkpoint = checkpoints.load(checkpointId);
		PageRequest page = PageRequest.of(cursor, limit, "inspection.cursor.invalid");
		return slice(page, inspections.list(viewer.scopePattern(), checkpoint.id(), Instant.EPOCH, clock.instant().plusSeconds(86_400),
				page.after(), page.fetch()));
	}

	/**
	 * The visits to the checkpoints of the viewer's area, or below one of its places, between two field days
	 * (the last week when not named), newest first, a page at a time.
	 *
	 * @throws InvalidInputException {@code to} before {@code from}, or a span longer than a year
	 */
	public Slice<InspectionView> ofArea(String jurisdictionCode, LocalDate from, LocalDate to, String cursor, Integer limit) {
		LocalDate last = to == null ? clock.today() : to;
		LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
		if (last.isBefore(first)) {
			throw new InvalidInputException(new FieldViolation("to", "afterFrom", "inspection.to.beforeFrom"));
		}
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new InvalidInputException(new FieldViolation("from", "span", "inspection.span.tooLong", MAX_DAYS));
		}
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		PageRequest page = PageRequest.of(cursor, limit, "inspection.cursor.invalid");
		return slice(page, inspections.list(scope, null, clock.startOf(first), clock.endOf(last), page.after(), page.fetch()));
	}

	private Slice<InspectionView> slice(PageRequest page, List<InspectionDatabase.Row> rows) {
		Slice<InspectionDatabase.Row> slice = page.slice(rows, InspectionDatabase.Row::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	private List<InspectionView> views(List<InspectionDatabase.Row> rows) {
		UnaryOperator<String> inspector = names.namer(rows.stream().map(InspectionDatabase.Row::inspector).toList());
		return rows.stream()
			.map(r -> new InspectionView(r.id(), r.checkpointId(), r.checkpointName(), r.jurisdictionCode(),
					r.inspectedAt(), r.inspector(), inspector.apply(r.inspector()), List.copyOf(r.lacking()), r.finding(),
					r.rectifyBy(), r.lacking().isEmpty(), false))
			.toList();
	}
}
