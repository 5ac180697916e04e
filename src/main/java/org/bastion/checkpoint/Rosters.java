package org.bastion.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BehindSavepoint;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.bastion.shared.StaffAccounts;
import org.bastion.shared.StaffAccounts.Staff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checkpoints' rosters around the clock: the township or county HQ generates a checkpoint's shifts for
 * up to a month from a pool of the area's staff, sees the gaps (short of people, nobody leading) and fills
 * them by hand; the person on duty asks for a swap, which the township approves or refuses; at the site
 * they check in by scanning its QR poster. Every change is held to the {@link RestPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class Rosters {

	static final String SHIFT = "shift";

	static final String SWAP = "swap";

	/** The longest range a roster is generated or read for at once: a month. */
	static final int MAX_DAYS = 31;

	/** The pool a roster page offers. */
	static final int POOL_LIMIT = 200;

	/** How long before a shift starts its people may check in. */
	static final Duration CHECK_IN_LEAD = Duration.ofMinutes(30);

	private final Checkpoints checkpoints;

	private final ShiftDatabase shifts;

	private final StaffAccounts staff;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AccountNames names;

	private final FieldClock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final RestPolicy policy = RestPolicy.DEFAULT;

	Rosters(Checkpoints checkpoints, ShiftDatabase shifts, StaffAccounts staff, Jurisdictions jurisdictions,
			CurrentViewer viewer, AccountNames names, FieldClock clock, AuditTrail audit, ApplicationEventPublisher events) {
		this.checkpoints = checkpoints;
		this.shifts = shifts;
		this.staff = staff;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.names = names;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Lays out and fills the checkpoint's shifts over the days asked for; the shifts already there are kept
	 * (a repeated request adds nothing), and a shift nobody may take under the rest rules stays a gap.
	 *
	 * @throws InvalidInputException naming the field and the rule of every mistake
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public List<ShiftView> generate(long checkpointId, RosterRequest request) {
		CheckpointDatabase.Row checkpoint = checkpoints.load(checkpointId);
		viewer.requireWritable(checkpoint.path());
		List<FieldViolation> problems = new ArrayList<>();
		range(request.from(), request.to(), problems);
		ShiftPattern pattern = ShiftPattern.parse(request.pattern()).orElse(null);
		if (pattern == null) {
			problems.add(new FieldViolation("pattern", "known", "roster.pattern.unknown"));
		}
		List<ShiftPattern.Slot> slots = slots(pattern, request.slots(), problems);
		if (request.minPerShift() == null || request.minPerShift() < 1) {
			problems.add(new FieldViolation("minPerShift", "min", "roster.minPerShift.min"));
		}
		List<Long> pool = request.pool();
		if (pool.isEmpty()) {
			problems.add(new FieldViolation("poolUserIds", "notEmpty", "roster.pool.empty"));
		}
		Map<Long, Staff> people = people(checkpoint, pool, "poolUserIds", problems);
		for (Long leader : request.leaders()) {
			if (!pool.contains(leader)) {
				problems.add(new FieldViolation("leaderUserIds", "inPool", "roster.leader.notInPool", String.valueOf(leader)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant from = clock.startOf(request.from());
		Instant to = clock.endOf(request.to());
		Instant around = from.minus(1, ChronoUnit.DAYS);
		Instant after = to.plus(2, ChronoUnit.DAYS);
		ShiftDatabase.Around known = shifts.around(checkpointId, pool, around, after);
		Set<Instant> taken = known.taken();
		RosterGenerator.Request ask = new RosterGenerator.Request(checkpointId, request.from(), request.to(), pattern, slots,
				pool, new HashSet<>(request.leaders()), request.minPerShift(), known.duties(), taken,
				checkpoint::openOn);
		List<RosterGenerator.Planned> planned = new RosterGenerator(policy, clock.zone()).generate(ask);
		String by = viewer.get().username();
		Instant now = clock.instant();
		int min = request.minPerShift();
		// A shift a concurrent request laid out first stays as that one made it; the others are stored.
		List<ShiftDatabase.ShiftRow> inserted = shifts.insertShifts(checkpointId, pattern, planned, min, checkpoint.path(),
				by, now);
		List<ShiftDatabase.ShiftRow> stored = new ArrayList<>();
		List<RosterGenerator.Planned> laid = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			if (inserted.get(i) != null) {
				stored.add(inserted.get(i));
				laid.add(planned.get(i));
			}
		}
		List<ShiftDatabase.NewAssignment> assignments = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			RosterGenerator.Planned shift = laid.get(i);
			for (Long person : shift.people()) {
				assignments.add(new ShiftDatabase.NewAssignment(stored.get(i), person, people.get(person).username(),
						person.equals(shift.leader())));
			}
		}
		shifts.insertAssignments(assignments);
		for (int i = 0; i < stored.size(); i++) {
			RosterGenerator.Planned shift = laid.get(i);
			if (shift.gap(min)) {
				publishGap(stored.get(i), checkpoint.jurisdictionCode(), shift.people().size(), shift.leader() == null);
			}
		}
		audit.record(AuditAction.CREATE, Checkpoints.CHECKPOINT + ":" + checkpointId,
				"roster " + request.from() + ".." + request.to() + " " + pattern + " shifts=" + planned.size());
		if (stored.size() == planned.size() && taken.stream().noneMatch(start -> !start.isBefore(from) && start.isBefore(to))) {
			// Every shift of the range is one just stored: answered as stored, not read back.
			return storedViews(checkpoint, stored, laid, people);
		}
		return views(shifts.shifts(checkpointId, from, to));
	}

	/** The checkpoint's shifts starting on the field days {@code from}..{@code to} (at most 31). */
	public List<ShiftView> shifts(long checkpointId, LocalDate from, LocalDate to) {
		checkpoints.load(checkpointId);
		List<FieldViolation> problems = new ArrayList<>();
		range(from, to, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return views(shifts.shifts(checkpointId, clock.startOf(from), clock.endOf(to)));
	}

	/** The staff who may be put on the checkpoint's shifts: its township's accounts and those above it. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public List<Staff> pool(long checkpointId) {
		return staff.serving(area(checkpoints.load(checkpointId)), POOL_LIMIT);
	}

	/** The shifts of the viewer's area (or a place in it) short of people or a leader that have not ended. */
	public Slice<ShiftView> gaps(String jurisdictionCode, String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, "roster.cursor.invalid");
		List<ShiftDatabase.ShiftRow> rows = shifts.gaps(jurisdictions.scopePattern(jurisdictionCode), clock.instant(),
				page.after(), page.fetch());
		Slice<ShiftDatabase.ShiftRow> slice = page.slice(rows, ShiftDatabase.ShiftRow::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/** How many of the viewer's area's shifts are gaps now, for the township's home page. */
	long gapCount(org.bastion.shared.Viewer who) {
		return shifts.countGaps(who.scope().likePattern(), clock.instant());
	}

	/**
	 * Puts a person on a shift by hand (or makes them its leader); refused when the rest rules forbid it.
	 * Asking again for someone already on it changes only whether they lead.
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public ShiftView assign(long shiftId, ShiftAssignment assignment) {
		ShiftDatabase.ShiftRow shift = load(shiftId);
		viewer.requireWritable(shift.path());
		if (assignment.userId() == null) {
			throw new InvalidInputException(new FieldViolation("userId", "required", "roster.userId.required"));
		}
		CheckpointDatabase.Row checkpoint = checkpoints.load(shift.checkpointId());
		List<FieldViolation> problems = new ArrayList<>();
		Map<Long, Staff> person = people(checkpoint, List.of(assignment.userId()), "userId", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean wasGap = shift.gap();
		List<ShiftDatabase.AssignmentRow> on = shifts.assignments(List.of(shiftId)).getOrDefault(shiftId, List.of());
		boolean already = on.stream().anyMatch(a -> a.userId() == assignment.userId());
		if (!already) {
			requireRest(assignment.userId(), shift, "userId", Set.of());
			// The same person put on twice at once is stored once.
			BehindSavepoint.insertUnlessTaken(() -> {
				shifts.insertAssignment(shift, assignment.userId(), person.get(assignment.userId()).username(), false);
				return true;
			});
		}
		if (assignment.leads()) {
			shifts.lead(shiftId, assignment.userId());
		}
		afterChange(shift, checkpoint.jurisdictionCode(), wasGap);
		audit.record(AuditAction.UPDATE, SHIFT + ":" + shiftId, "assign " + assignment.userId()
				+ (assignment.leads() ? " leader" : ""));
		return view(shiftId);
	}

	/** Takes a person off a shift; the shift may become a gap. */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public ShiftView unassign(long shiftId, long userId) {
		ShiftDatabase.ShiftRow shift = load(shiftId);
		viewer.requireWritable(shift.path());
		if (shifts.deleteAssignment(shiftId, userId) == 0) {
			throw new NotFoundException(SHIFT);
		}
		CheckpointDatabase.Row checkpoint = checkpoints.load(shift.checkpointId());
		afterChange(shift, checkpoint.jurisdictionCode(), shift.gap());
		audit.record(AuditAction.UPDATE, SHIFT + ":" + shiftId, "unassign " + userId);
		return view(shiftId);
	}

	/**
	 * The person on duty asks to hand their shift to someone of the checkpoint's pool, or to trade it with
	 * a shift of theirs; the same request again returns the open one.
	 */
	@Transactional
	public SwapView requestSwap(long shiftId, SwapRequest request) {
		ShiftDatabase.ShiftRow shift = shiftOfMine(shiftId);
		long me = viewer.get().userId();
		if (viewer.get().readOnly()) {
			throw new ForbiddenException("error.readOnly");
		}
		Long other = request.otherUserId();
		if (other == null) {
			throw new InvalidInputException(new FieldViolation("toUserId", "required", "roster.swap.toUser.required"));
		}
		if (other == me) {
			throw new InvalidInputException(new FieldViolation("toUserId", "notSelf", "roster.swap.self"));
		}
		CheckpointDatabase.Row checkpoint = checkpoints.load(shift.checkpointId());
		List<FieldViolation> problems = new ArrayList<>();
		people(checkpoint, List.of(other), request.toUserId() != null ? "toUserId" : "withUserId", problems);
		if (request.withShiftId() != null) {
			boolean theirs = shifts.assignments(List.of(request.withShiftId()))
				.getOrDefault(request.withShiftId(), List.of())
				.stream()
				.anyMatch(a -> a.userId() == other);
			if (!theirs || request.withShiftId() == shiftId) {
				problems.add(new FieldViolation("withShiftId", "theirs", "roster.swap.notTheirShift"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		var open = shifts.openSwap(shiftId, me, other);
		if (open.isPresent()) {
			return swapView(open.get());
		}
		long id = shifts.insertSwap(shiftId, me, other, request.withShiftId(), shift.path(), viewer.get().username(),
				clock.instant());
		audit.record(AuditAction.CREATE, SWAP + ":" + id, "shift " + shiftId + " to " + other);
		return swapView(shifts.findSwap(id, shift.path().likePattern()).orElseThrow());
	}

	/** The township approves a swap: the rest rules are checked for both people as the shifts then stand. */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public SwapView approve(long swapId) {
		ShiftDatabase.SwapRow swap = loadSwap(swapId);
		viewer.requireWritable(swap.path());
		ShiftDatabase.ShiftRow shift = load(swap.shiftId());
		var onShift = shifts.assignments(List.of(shift.id())).getOrDefault(shift.id(), List.of());
		if (onShift.stream().noneMatch(a -> a.userId() == swap.fromUserId())) {
			throw new ConflictException("roster.swap.stale", null);
		}
		Staff to = staff.byIds(List.of(swap.toUserId())).stream().findFirst()
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("toUserId", "exists", "roster.user.unknown")));
		if (swap.withShiftId() == null) {
			requireRest(swap.toUserId(), shift, "toUserId", Set.of());
			shifts.handOver(shift.id(), swap.fromUserId(), swap.toUserId(), to.username());
		}
		else {
			ShiftDatabase.ShiftRow theirs = load(swap.withShiftId());
			Staff from = staff.byIds(List.of(swap.fromUserId())).stream().findFirst()
				.orElseThrow(() -> new InvalidInputException(new FieldViolation("fromUserId", "exists", "roster.user.unknown")));
			requireRest(swap.toUserId(), shift, "toUserId", Set.of(theirs.id()));
			requireRest(swap.fromUserId(), theirs, "withShiftId", Set.of(shift.id()));
			shifts.handOver(shift.id(), swap.fromUserId(), swap.toUserId(), to.username());
			shifts.handOver(theirs.id(), swap.toUserId(), swap.fromUserId(), from.username());
		}
		if (!shifts.decide(swapId, SwapStatus.APPROVED, viewer.get().username(), clock.instant())) {
			throw new ConflictException("roster.swap.decided", null);
		}
		audit.record(AuditAction.UPDATE, SWAP + ":" + swapId, "approved");
		return swapView(loadSwap(swapId));
	}

	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public SwapView refuse(long swapId) {
		ShiftDatabase.SwapRow swap = loadSwap(swapId);
		viewer.requireWritable(swap.path());
		if (!shifts.decide(swapId, SwapStatus.REFUSED, viewer.get().username(), clock.instant())) {
			throw new ConflictException("roster.swap.decided", null);
		}
		audit.record(AuditAction.UPDATE, SWAP + ":" + swapId, "refused");
		return swapView(loadSwap(swapId));
	}

	/**
	 * The viewer checks in on their current shift at the checkpoint whose poster they scanned (from half an
	 * hour before it starts); a second scan changes nothing.
	 *
	 * @throws InvalidInputException {@code siteCode} when the poster is another checkpoint's than the one of
	 *         their current shift, or they have no shift now
	 */
	@Transactional
	public DutyCheckIn checkIn(DutyScan scan) {
		String code = scan == null || scan.siteCode() == null ? "" : scan.siteCode().strip();
		if (code.isEmpty() || code.length() > 32) {
			throw new InvalidInputException(new FieldViolation("siteCode", "required", "duty.siteCode.required"));
		}
		long checkpointId = shifts.checkpointAt(code).orElseThrow(() -> new NotFoundException(Checkpoints.CHECKPOINT));
		long me = viewer.get().userId();
		Instant now = clock.instant();
		var duty = shifts.current(me, checkpointId, now, now.plus(CHECK_IN_LEAD));
		if (duty.isEmpty()) {
			var elsewhere = shifts.current(me, null, now, now.plus(CHECK_IN_LEAD));
			if (elsewhere.isPresent()) {
				String name = shifts.checkpointNames(List.of(elsewhere.get().checkpointId())).get(elsewhere.get().checkpointId());
				throw new InvalidInputException(new FieldViolation("siteCode", "yourSite", "duty.wrongSite", name));
			}
			throw new InvalidInputException(new FieldViolation("siteCode", "onDuty", "duty.noShift"));
		}
		boolean stamped = shifts.checkIn(duty.get().id(), now);
		ShiftDatabase.AssignmentRow row = shifts.assignment(duty.get().id()).orElseThrow();
		if (stamped) {
			audit.record(AuditAction.UPDATE, SHIFT + ":" + row.shiftId(), "check-in " + viewer.get().username());
		}
		return new DutyCheckIn(row.shiftId(), checkpointId, shifts.checkpointNames(List.of(checkpointId)).get(checkpointId),
				row.startsAt(), row.endsAt(), row.checkedInAt(), !stamped);
	}

	/** The viewer's own shifts that have not ended, soonest first. */
	public List<ShiftView> myShifts(int limit) {
		List<ShiftDatabase.AssignmentRow> mine = shifts.dutiesOf(viewer.get().userId(), clock.instant(), limit);
		return views(shifts.byIds(mine.stream().map(ShiftDatabase.AssignmentRow::shiftId).toList()));
	}

	/** Hours and shifts per person at the checkpoint over the field days {@code from}..{@code to}. */
	public List<RosterHours> hours(long checkpointId, LocalDate from, LocalDate to) {
		checkpoints.load(checkpointId);
		List<FieldViolation> problems = new ArrayList<>();
		range(from, to, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ShiftDatabase.Hours> rows = shifts.hours(checkpointId, clock.startOf(from), clock.endOf(to));
		UnaryOperator<String> namer = names.namer(rows.stream().map(ShiftDatabase.Hours::username).toList());
		return rows.stream()
			.map(h -> new RosterHours(h.userId(), h.username(), namer.apply(h.username()), h.shifts(), h.minutes() / 60.0))
			.toList();
	}

	/** A swap of the viewer's area. */
	public SwapView swap(long swapId) {
		return swapView(loadSwap(swapId));
	}

	/** The swaps of the checkpoint's shifts the township still has to decide. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public List<SwapView> openSwaps(long checkpointId) {
		checkpoints.load(checkpointId);
		return shifts.openSwaps(checkpointId, viewer.scopePattern()).stream().map(this::swapView).toList();
	}

	/** The people a person on a checkpoint's shifts may hand one to: the others on its coming shifts, by name. */
	public Map<Long, String> colleagues(long checkpointId) {
		Map<Long, String> logins = shifts.colleagues(checkpointId, viewer.get().userId(), clock.instant());
		UnaryOperator<String> namer = names.namer(logins.values());
		Map<Long, String> named = new java.util.LinkedHashMap<>();
		logins.forEach((id, login) -> named.put(id, namer.apply(login)));
		return named;
	}

	/** A shift of the viewer's area as its roster shows it. */
	public ShiftView view(long shiftId) {
		return views(List.of(load(shiftId))).getFirst();
	}

	private ShiftDatabase.ShiftRow load(long shiftId) {
		return shifts.find(shiftId, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(SHIFT));
	}

	/** A shift the viewer is on, wherever it lies; any other is not found. */
	private ShiftDatabase.ShiftRow shiftOfMine(long shiftId) {
		long me = viewer.get().userId();
		boolean mine = shifts.assignments(List.of(shiftId)).getOrDefault(shiftId, List.of()).stream()
			.anyMatch(a -> a.userId() == me);
		if (!mine) {
			if (shifts.find(shiftId, viewer.scopePattern()).isPresent()) {
				throw new ForbiddenException("roster.swap.notOnDuty");
			}
			throw new NotFoundException(SHIFT);
		}
		return shifts.byIds(List.of(shiftId)).getFirst();
	}

	private ShiftDatabase.SwapRow loadSwap(long swapId) {
		return shifts.findSwap(swapId, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(SWAP));
	}

	/** Refuses a duty the rest rules forbid, naming the rule; {@code leaving} are shifts the person gives up in the same change. */
	private void requireRest(long userId, ShiftDatabase.ShiftRow shift, String field, Set<Long> leaving) {
		List<RestPolicy.Duty> duties = new ArrayList<>();
		Instant from = shift.startsAt().minus(2, ChronoUnit.DAYS);
		Instant to = shift.endsAt().plus(2, ChronoUnit.DAYS);
		List<ShiftDatabase.AssignmentRow> theirs = shifts.dutiesOf(userId, from, 500);
		for (ShiftDatabase.AssignmentRow a : theirs) {
			if (a.startsAt().isBefore(to) && a.shiftId() != shift.id() && !leaving.contains(a.shiftId())) {
				duties.add(a.duty());
			}
		}
		RestPolicy.Verdict verdict = policy.check(duties, new RestPolicy.Duty(shift.checkpointId(), shift.startsAt(),
				shift.endsAt()), clock.zone());
		if (!verdict.allowed()) {
			throw new InvalidInputException(new FieldViolation(field, verdict.rule(), verdict.messageKey(), verdict.arguments()));
		}
	}

	/** Keeps the shift's gap up to date, and says so when the change opened one. */
	private void afterChange(ShiftDatabase.ShiftRow shift, String jurisdictionCode, boolean wasGap) {
		boolean gap = shifts.refreshGap(shift.id());
		if (gap && !wasGap) {
			var on = shifts.assignments(List.of(shift.id())).getOrDefault(shift.id(), List.of());
			publishGap(shift, jurisdictionCode, on.size(), on.stream().noneMatch(ShiftDatabase.AssignmentRow::leader));
		}
	}

	private void publishGap(ShiftDatabase.ShiftRow shift, String jurisdictionCode, int people, boolean leaderMissing) {
		events.publishEvent(new ShiftGapOpened(shift.id(), shift.checkpointId(), jurisdictionCode, shift.path().value(),
				shift.startsAt(), shift.endsAt(), Math.max(0, shift.minPeople() - people), leaderMissing));
	}

	/** The checkpoint's area for its pool: the township it lies in, or its own place above townships. */
	private JurisdictionPath area(CheckpointDatabase.Row checkpoint) {
		for (Jurisdiction place : jurisdictions.lineage(checkpoint.jurisdictionCode())) {
			if (place.level() == JurisdictionLevel.TOWNSHIP) {
				return place.path();
			}
		}
		return checkpoint.path();
	}

	/** The accounts behind these ids, each checked to serve the checkpoint's area. */
	private Map<Long, Staff> people(CheckpointDatabase.Row checkpoint, List<Long> ids, String field,
			List<FieldViolation> problems) {
		JurisdictionPath area = area(checkpoint);
		Map<Long, Staff> found = new java.util.HashMap<>();
		staff.byIds(ids).forEach(s -> found.put(s.id(), s));
		for (Long id : ids) {
			Staff s = found.get(id);
			if (s == null || !(area.contains(s.path()) || s.path().contains(area))) {
				problems.add(new FieldViolation(field, "inArea", "roster.user.outsideArea", String.valueOf(id)));
				found.remove(id);
			}
		}
		return found;
	}

	private static void range(LocalDate from, LocalDate to, List<FieldViolation> problems) {
		if (from == null) {
			problems.add(new FieldViolation("from", "required", "roster.from.required"));
		}
		if (to == null) {
			problems.add(new FieldViolation("to", "required", "roster.to.required"));
		}
		if (from != null && to != null) {
			if (from.isAfter(to)) {
				problems.add(new FieldViolation("to", "afterFrom", "roster.to.beforeFrom"));
			}
			else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
				problems.add(new FieldViolation("to", "maxDays", "roster.range.tooLong", MAX_DAYS));
			}
		}
	}

	private static List<ShiftPattern.Slot> slots(ShiftPattern pattern, List<RosterRequest.SlotInput> input,
			List<FieldViolation> problems) {
		if (pattern != ShiftPattern.CUSTOM) {
			return List.of();
		}
		if (input == null || input.isEmpty()) {
			problems.add(new FieldViolation("slots", "notEmpty", "roster.slots.empty"));
			return List.of();
		}
		List<ShiftPattern.Slot> slots = new ArrayList<>();
		for (RosterRequest.SlotInput slot : input) {
			if (slot == null || slot.start() == null || slot.hours() == null || slot.hours() < 1 || slot.hours() > 24) {
				problems.add(new FieldViolation("slots", "hours", "roster.slots.hours"));
				return List.of();
			}
			slots.add(new ShiftPattern.Slot(slot.start(), slot.hours()));
		}
		slots.sort(java.util.Comparator.comparing(ShiftPattern.Slot::start));
		return slots;
	}

	private List<ShiftView> views(List<ShiftDatabase.ShiftRow> rows) {
		List<Long> ids = rows.stream().map(ShiftDatabase.ShiftRow::id).toList();
		Map<Long, List<ShiftDatabase.AssignmentRow>> on = shifts.assignments(ids);
		Map<Long, String> checkpointNames = shifts.checkpointNames(
				rows.stream().map(ShiftDatabase.ShiftRow::checkpointId).distinct().toList());
		UnaryOperator<String> namer = names.namer(on.values().stream().flatMap(List::stream)
			.map(ShiftDatabase.AssignmentRow::username).toList());
		return rows.stream().map(r -> {
			List<ShiftView.Person> people = on.getOrDefault(r.id(), List.of()).stream()
				.map(a -> new ShiftView.Person(a.userId(), a.username(), namer.apply(a.username()), a.leader(), a.checkedInAt()))
				.toList();
			boolean noLeader = people.stream().noneMatch(ShiftView.Person::leader);
			int missing = Math.max(0, r.minPeople() - people.size());
			return new ShiftView(r.id(), r.checkpointId(), checkpointNames.get(r.checkpointId()), r.pattern(), r.slot(),
					r.startsAt(), r.endsAt(), clock.local(r.startsAt()), clock.local(r.endsAt()), r.fieldDate(),
					r.minPeople(), people, missing > 0 || noLeader, missing, noLeader);
		}).toList();
	}

	/**
	 * Shifts just stored with their people as {@link #views} would read them back: in time order, each leader
	 * first and then the others in the order they were put on, nobody checked in yet.
	 */
	private List<ShiftView> storedViews(CheckpointDatabase.Row checkpoint, List<ShiftDatabase.ShiftRow> stored,
			List<RosterGenerator.Planned> planned, Map<Long, Staff> staffed) {
		List<ShiftView> views = new ArrayList<>(stored.size());
		for (int i = 0; i < stored.size(); i++) {
			ShiftDatabase.ShiftRow r = stored.get(i);
			RosterGenerator.Planned shift = planned.get(i);
			List<ShiftView.Person> people = new ArrayList<>();
			for (Long person : shift.people()) {
				Staff who = staffed.get(person);
				boolean leads = person.equals(shift.leader());
				people.add(leads ? 0 : people.size(), new ShiftView.Person(person, who.username(),
						who.displayName() == null ? who.username() : who.displayName(), leads, null));
			}
			boolean noLeader = shift.leader() == null;
			int missing = Math.max(0, r.minPeople() - people.size());
			views.add(new ShiftView(r.id(), r.checkpointId(), checkpoint.name(), r.pattern(), r.slot(), r.startsAt(),
					r.endsAt(), clock.local(r.startsAt()), clock.local(r.endsAt()), r.fieldDate(), r.minPeople(),
					List.copyOf(people), missing > 0 || noLeader, missing, noLeader));
		}
		views.sort(java.util.Comparator.comparing(ShiftView::startsAt).thenComparingLong(ShiftView::id));
		return views;
	}

	private SwapView swapView(ShiftDatabase.SwapRow s) {
		Map<Long, Staff> people = new java.util.HashMap<>();
		staff.byIds(List.of(s.fromUserId(), s.toUserId())).forEach(p -> people.put(p.id(), p));
		return new SwapView(s.id(), s.shiftId(), s.fromUserId(), name(people.get(s.fromUserId())), s.toUserId(),
				name(people.get(s.toUserId())), s.withShiftId(), s.status(), s.requestedBy(), s.requestedAt(), s.decidedBy(),
				s.decidedAt());
	}

	private static String name(Staff staff) {
		return staff == null ? null : staff.displayName();
	}
}
