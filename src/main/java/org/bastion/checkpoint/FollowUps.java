package org.bastion.checkpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.bastion.arrivals.RiskLevel;
import org.bastion.jurisdiction.Divisions;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.bastion.shared.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the roadside's passages leave for others to do, decided by {@link FollowUpPolicy} as each passage is
 * registered: feverish occupants for the checkpoint's township (red until someone says what was done), and
 * occupants from risk areas heading to a place of the county, for that place's grid to confirm as arrivals
 * ({@link HandOverLeads} fills the arrival form in) or to close as not arrived. Each list is the viewer's area.
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

	static final String FOLLOW_UP = "passage-follow-up";

	static final int MAX_NOTE = 200;

	private final FollowUpDatabase followUps;

	private final Jurisdictions jurisdictions;

	private final Divisions divisions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	private final FieldClock clock;

	FollowUps(FollowUpDatabase followUps, Jurisdictions jurisdictions, Divisions divisions, CurrentViewer viewer,
			AuditTrail audit, AccountNames names, FieldClock clock) {
		this.followUps = followUps;
		this.jurisdictions = jurisdictions;
		this.divisions = divisions;
		this.viewer = viewer;
		this.audit = audit;
		this.names = names;
		this.clock = clock;
	}

	/** A passage just stored, with the risk each occupant carries. */
	record Stored(long passageId, java.time.LocalDate passedOn, PassagePolicy.Accepted passage, List<RiskLevel> risks) {
	}

	/**
	 * What the occupants of the passages just stored at a checkpoint leave to do, for the registration to open in
	 * its transaction with one batched insert ({@link FollowUpDatabase#openAll}); {@code places} finds a destination
	 * in the county's tree (the registration's own look-ups, so that no destination is looked up twice). Static, so
	 * that every passing vehicle does not go through this service's proxy for what is arithmetic.
	 */
	static List<FollowUpDatabase.Opening> openings(CheckpointDatabase.Row checkpoint, List<Stored> passages,
			Function<String, Optional<Jurisdiction>> places, Instant at) {
		List<FollowUpDatabase.Opening> openings = new ArrayList<>();
		for (Stored stored : passages) {
			PassagePolicy.Accepted passage = stored.passage();
			for (int i = 0; i < passage.occupants().size(); i++) {
				PassagePolicy.Person occupant = passage.occupants().get(i);
				Optional<Jurisdiction> heading = occupant.destinationCode() == null ? Optional.empty()
						: places.apply(occupant.destinationCode());
				for (FollowUpKind kind : FollowUpPolicy.of(passage.outcome(), occupant, stored.risks().get(i),
						heading.isPresent())) {
					openings.add(kind == FollowUpKind.FEVER
							? new FollowUpDatabase.Opening(stored.passageId(), stored.passedOn(), i, kind, checkpoint.jurisdictionCode(),
									checkpoint.path(), at)
							: new FollowUpDatabase.Opening(stored.passageId(), stored.passedOn(), i, kind, heading.get().code(),
									heading.get().path(), at));
				}
			}
		}
		return openings;
	}

	/**
	 * One kind's open or closed follow-ups in the viewer's area, or below one of its places, newest first, a page
	 * at a time; audited (in a write transaction) as a search of personal data.
	 */
	@Transactional
	public Slice<FollowUpView> list(FollowUpKind kind, boolean open, String jurisdictionCode, String cursor, Integer limit) {
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		PageRequest page = PageRequest.of(cursor, limit, "followUp.cursor.invalid");
		Slice<FollowUpDatabase.Row> slice = page.slice(followUps.list(kind, open, scope, page.after(), page.fetch()),
				FollowUpDatabase.Row::id);
		audit.record(AuditAction.SEARCH, FOLLOW_UP, "kind:" + kind + " open:" + open + " jurisdiction:" + jurisdictionCode);
		return new Slice<>(views(slice.items(), true), slice.nextCursor());
	}

	/** One follow-up of the viewer's area with the phone to call in full (for the roles that see numbers); audited. */
	@Transactional
	public FollowUpView find(long id) {
		FollowUpDatabase.Row row = row(id);
		audit.record(AuditAction.VIEW, FOLLOW_UP + ":" + id, null);
		return views(List.of(row), viewer.get().masked()).getFirst();
	}

	/**
	 * Closes a follow-up with what was done (a fever seen to, a person handed over who never arrived).
	 *
	 * @throws InvalidInputException {@code note} when nothing or too much is said
	 * @throws ConflictException {@code followUp.closed} when someone closed it first (a second tap too)
	 */
	@Transactional
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public FollowUpView close(long id, String note) {
		FollowUpDatabase.Row row = row(id);
		viewer.requireWritable(row.path());
		String said = note == null ? "" : note.strip();
		if (said.isEmpty() || said.length() > MAX_NOTE) {
			throw new InvalidInputException(new FieldViolation("note", said.isEmpty() ? "required" : "size",
					said.isEmpty() ? "followUp.note.required" : "followUp.note.size", MAX_NOTE));
		}
		if (!row.open() || !followUps.close(id, viewer.get().username(), clock.instant(), said, null)) {
			throw new ConflictException("followUp.closed", null);
		}
		audit.record(AuditAction.UPDATE, FOLLOW_UP + ":" + id, "close");
		return views(List.of(row(id)), true).getFirst();
	}

	/** The open follow-ups of a kind in the viewer's area: one indexed count, for the navigation and the home page. */
	public long countOpen(FollowUpKind kind, Viewer who) {
		return followUps.countOpen(kind, who.scope().likePattern());
	}

	/** The newest open follow-ups of a kind in the viewer's area, for the home page. */
	public List<FollowUpView> newestOpen(FollowUpKind kind, Viewer who, int limit) {
		return views(followUps.list(kind, true, who.scope().likePattern(), null, limit), true);
	}

	private FollowUpDatabase.Row row(long id) {
		return followUps.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(FOLLOW_UP));
	}

	/** The rows as their readers see them, the closers named at once, the numbers masked in lists. */
	private List<FollowUpView> views(List<FollowUpDatabase.Row> rows, boolean maskPhone) {
		UnaryOperator<String> closer = names.namer(rows.stream().map(FollowUpDatabase.Row::closedBy).toList());
		return rows.stream()
			.map(r -> new FollowUpView(r.id(), r.kind(), r.passageId(), r.checkpointId(), r.checkpointName(), r.plate(),
					r.vehicleType(), r.outcome(), r.passedAt(), r.name(),
					r.idNumber() == null ? null : Masking.idNumber(r.idNumber()),
					r.phone() == null ? null : maskPhone ? Masking.phone(r.phone()) : r.phone(), r.temperature(), r.fever(),
					r.originCode(), placeName(r.originCode()), r.destinationCode(), jurisdictions.label(r.jurisdictionCode()),
					r.purpose(), r.riskLevel(), r.jurisdictionCode(), r.open(), r.closedAt(), r.closedBy(),
					closer.apply(r.closedBy()), r.closingNote(), r.arrivalId()))
			.toList();
	}

	/** A division's full name (湖北省武汉市), or a place of the tree's, or nothing. */
	private String placeName(String code) {
		if (code == null) {
			return null;
		}
		String division = divisions.label(code);
		return division.isEmpty() ? jurisdictions.label(code) : division;
	}
}
