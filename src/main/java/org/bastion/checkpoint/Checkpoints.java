package org.bastion.checkpoint;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of checkpoints (卡点) of the viewer's area: the township or county HQ puts a checkpoint on
 * it with its road level, place, road and staffing agencies, closes it when it is no longer needed, and
 * prints the QR poster whose code a scan at the site presents; everyone in the area reads it.
 */
@Service
@Transactional(readOnly = true)
public class Checkpoints {

	static final String CHECKPOINT = "checkpoint";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CheckpointDatabase checkpoints;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	private final FieldClock clock;

	Checkpoints(CheckpointDatabase checkpoints, Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit,
			AccountNames names, FieldClock clock) {
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * Puts a checkpoint on the register in a place of the viewer's area; the same client id again returns
	 * the first one.
	 *
	 * @throws InvalidInputException for an unknown place or a closing day before the opening day
	 * @throws ConflictException {@code checkpoint.name.taken} when the place has a checkpoint of that name
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public CheckpointView create(NewCheckpoint request) {
		String clientId = Idempotency.stored(request.clientId(), "checkpoint.clientId.size");
		if (clientId != null) {
			var earlier = checkpoints.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().path(), CHECKPOINT);
				return views(List.of(earlier.get())).getFirst().replay();
			}
		}
		List<FieldViolation> problems = new ArrayList<>();
		Jurisdiction place = jurisdictions.find(request.jurisdictionCode().strip()).orElse(null);
		if (place == null) {
			problems.add(new FieldViolation("jurisdictionCode", "exists", "checkpoint.jurisdictionCode.unknown"));
		}
		LocalDate openedOn = request.openedOn() == null ? clock.today() : request.openedOn();
		if (request.closedOn() != null && request.closedOn().isBefore(openedOn)) {
			problems.add(new FieldViolation("closedOn", "afterOpened", "checkpoint.closedOn.beforeOpened"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		viewer.requireWritable(place.path());
		String name = request.name().strip();
		checkpoints.findByName(place.code(), name).ifPresent(same -> {
			throw new ConflictException("checkpoint.name.taken", seenBy(same), name);
		});
		long id;
		try {
			id = checkpoints.insert(request, clientId, openedOn, siteCode(), place.code(), place.path(),
					viewer.get().username(), clock.instant());
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("checkpoint.name.taken", null, name);
		}
		audit.record(AuditAction.CREATE, CHECKPOINT + ":" + id, place.code());
		return find(id);
	}

	/** The checkpoints of the viewer's area, or of a place inside it, by id, a page at a time. */
	public Slice<CheckpointView> list(String jurisdictionCode, String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, "checkpoint.cursor.invalid");
		List<CheckpointDatabase.Row> rows = checkpoints.list(jurisdictions.scopePattern(jurisdictionCode), page.after(),
				page.fetch());
		Slice<CheckpointDatabase.Row> slice = page.slice(rows, CheckpointDatabase.Row::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/** A checkpoint of the viewer's area, or not found. */
	public CheckpointView find(long id) {
		return views(List.of(load(id))).getFirst();
	}

	/**
	 * Closes a checkpoint from a day on; a closed one is not staffed and registers no one after that day.
	 *
	 * @throws InvalidInputException {@code checkpoint.closedOn.beforeOpened} for a day before its opening
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public CheckpointView close(long id, CheckpointClosing closing) {
		CheckpointDatabase.Row row = load(id);
		viewer.requireWritable(row.path());
		if (closing.closedOn().isBefore(row.openedOn())) {
			throw new InvalidInputException(
					List.of(new FieldViolation("closedOn", "afterOpened", "checkpoint.closedOn.beforeOpened")));
		}
		checkpoints.close(id, closing.closedOn());
		audit.record(AuditAction.UPDATE, CHECKPOINT + ":" + id, "closedOn=" + closing.closedOn());
		return find(id);
	}

	/** The code printed in the checkpoint's QR poster, for those who may put it up. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public String siteCode(long id) {
		CheckpointDatabase.Row row = load(id);
		viewer.requireWritable(row.path());
		return row.siteCode();
	}

	/** The checkpoint whose poster was scanned, when it lies in the viewer's area; otherwise not found. */
	public CheckpointView atSite(String siteCode) {
		if (siteCode == null || siteCode.isBlank() || siteCode.length() > 32) {
			throw new NotFoundException(CHECKPOINT);
		}
		return checkpoints.findBySiteCode(siteCode.strip(), viewer.scopePattern())
			.map(this::viewOf)
			.orElseThrow(() -> new NotFoundException(CHECKPOINT));
	}

	CheckpointDatabase.Row load(long id) {
		return checkpoints.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(CHECKPOINT));
	}

	/** The existing checkpoint is named to someone who may see it, to nobody else. */
	private CheckpointView seenBy(CheckpointDatabase.Row row) {
		return viewer.get().canSee(row.path()) ? viewOf(row) : null;
	}

	private CheckpointView viewOf(CheckpointDatabase.Row row) {
		return views(List.of(row)).getFirst();
	}

	/** The rows as their readers see them, every opener's name and place's name looked up once. */
	private List<CheckpointView> views(List<CheckpointDatabase.Row> rows) {
		UnaryOperator<String> opener = names.namer(rows.stream().map(CheckpointDatabase.Row::createdBy).toList());
		Map<String, String> places = jurisdictions.names(rows.stream().map(CheckpointDatabase.Row::jurisdictionCode).toList());
		LocalDate today = clock.today();
		return rows.stream()
			.map(r -> new CheckpointView(r.id(), r.name(), r.level(), r.road(), r.description(), r.latitude(),
					r.longitude(), List.copyOf(EnumSet.copyOf(r.agencies())), r.openedOn(), r.closedOn(), r.openOn(today),
					r.jurisdictionCode(), places.get(r.jurisdictionCode()), r.createdBy(), opener.apply(r.createdBy()),
					r.createdAt(), false))
			.toList();
	}

	/** 128 random bits: a poster's code cannot be guessed from another's. */
	private static String siteCode() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
