package org.bastion.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Jurisdiction;
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
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.bastion.shared.StaffAccounts;
import org.bastion.shared.StaffAccounts.Staff;
import org.bastion.shared.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work groups (工作组) of county and township HQ: set up by the HQ's staff, with members from the HQ's area
 * and one head, held to {@link WorkGroupPolicy}. A group is seen by its members, and by the HQ's staff and the
 * leaders whose area holds its HQ; tasks go to it ({@link Tasks#dispatch}), and an overdue one to its head.
 */
@Service
@Transactional(readOnly = true)
public class WorkGroups {

	static final String GROUP = "workGroup";

	/** The roles that follow their area's groups without being in them: the HQ's staff and the leaders. */
	private static final java.util.Set<String> FOLLOWERS = java.util.Set.of("SYSTEM_ADMIN", "HQ_STAFF", "TOWNSHIP_STAFF", "LEADER");

	static final int NAME_LENGTH = 100;

	/** The accounts a group's form offers as members. */
	static final int STAFF_LIMIT = 200;

	private final WorkGroupDatabase groups;

	private final StaffAccounts staff;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AccountNames names;

	private final FieldClock clock;

	private final AuditTrail audit;

	WorkGroups(WorkGroupDatabase groups, StaffAccounts staff, Jurisdictions jurisdictions, CurrentViewer viewer,
			AccountNames names, FieldClock clock, AuditTrail audit) {
		this.groups = groups;
		this.staff = staff;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.names = names;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Sets up a group at a county or township of the sender's area (their own when none is named); the same
	 * client id again answers the first group and stores nothing.
	 *
	 * @throws InvalidInputException naming every missing or wrong field (no kind or name, a place below a
	 *         township, a name the HQ has already)
	 * @throws ForbiddenException {@code error.outsideArea} for a place outside the sender's area
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public WorkGroupView create(NewWorkGroup request) {
		String clientId = Idempotency.stored(request.clientId(), "workGroup.clientId.shape");
		if (clientId != null) {
			Optional<WorkGroupDatabase.Group> earlier = groups.findByClientId(clientId);
			if (earlier.isPresent()) {
				return view(earlier.get()).asReplay();
			}
		}
		Viewer who = viewer.get();
		List<FieldViolation> problems = problems(request);
		String code = blank(request.jurisdictionCode()) ? who.scope().leafCode() : request.jurisdictionCode().strip();
		Jurisdiction place = jurisdictions.find(code).orElse(null);
		if (place == null) {
			problems.add(new FieldViolation("jurisdictionCode", "known", "workGroup.place.unknown"));
		}
		else {
			viewer.requireWritable(place.path());
			if (!WorkGroupPolicy.placeAccepted(place.level())) {
				problems.add(new FieldViolation("jurisdictionCode", "level", "workGroup.place.level"));
			}
			else if (problems.isEmpty() && groups.nameTaken(place.path(), request.name().strip())) {
				problems.add(new FieldViolation("name", "unique", "workGroup.name.taken"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		String name = request.name().strip();
		Optional<Long> inserted = BehindSavepoint.insertUnlessTaken(
				() -> groups.insert(clientId, request.kind(), name, place.code(), place.path(), who.username(), now));
		if (inserted.isEmpty()) {
			// The client id, or the name at this HQ, was taken between the look-up and the insert.
			return groups.findByClientId(clientId == null ? "" : clientId).map(g -> view(g).asReplay())
				.orElseThrow(() -> new InvalidInputException(new FieldViolation("name", "unique", "workGroup.name.taken")));
		}
		audit.record(AuditAction.CREATE, GROUP + ":" + inserted.get(), request.kind() + " at " + place.code());
		return view(load(inserted.get()));
	}

	/** What is wrong with a group to set up on its own, before its place is looked up. */
	List<FieldViolation> problems(NewWorkGroup request) {
		List<FieldViolation> problems = new ArrayList<>();
		if (request.kind() == null) {
			problems.add(new FieldViolation("kind", "required", "workGroup.kind.required"));
		}
		if (blank(request.name())) {
			problems.add(new FieldViolation("name", "required", "workGroup.name.required"));
		}
		else if (request.name().strip().length() > NAME_LENGTH) {
			problems.add(new FieldViolation("name", "size", "workGroup.name.size", NAME_LENGTH));
		}
		return problems;
	}

	/** The groups of the viewer's area and those they are a member of, newest first, a page at a time. */
	public Slice<WorkGroupView> list(String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, "workGroup.cursor.invalid");
		Viewer who = viewer.get();
		Slice<WorkGroupDatabase.Group> slice = page.slice(groups.visible(FOLLOWERS.contains(who.role())
				? who.scope().likePattern() : null, who.userId(), page.after(), page.fetch()), WorkGroupDatabase.Group::id);
		return new Slice<>(slice.items().stream().map(this::view).toList(), slice.nextCursor());
	}

	/** The groups of the viewer's area, by name, that a task may be dispatched to. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public List<WorkGroupView> dispatchable() {
		return groups.inScope(viewer.scopePattern(), STAFF_LIMIT).stream().map(this::view).toList();
	}

	/** A group the viewer sees; its members' names are no personal data beyond the staff's own. */
	public WorkGroupView find(long id) {
		return view(visible(id));
	}

	/** Whether the viewer may change a group's members and head: the HQ's staff of its area. */
	public boolean manages(WorkGroupView group) {
		Viewer who = viewer.get();
		return Roles.managesAreas(who) && !who.readOnly()
				&& jurisdictions.find(group.jurisdictionCode()).map(p -> who.canSee(p.path())).orElse(false);
	}

	/** The accounts of a group's HQ area it may take as members, by name; those in it already are left out. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public List<Staff> candidates(long id) {
		WorkGroupDatabase.Group group = visible(id);
		List<Long> in = groups.members(id).stream().map(WorkGroupDatabase.Member::userId).toList();
		return staff.serving(group.path(), STAFF_LIMIT).stream()
			.filter(s -> group.path().contains(s.path()) && !in.contains(s.id()))
			.toList();
	}

	/**
	 * Adds an account of the group's HQ area as a member; a member already stays one, nothing stored twice.
	 *
	 * @throws InvalidInputException {@code workGroup.member.outsideArea} for an account of another area
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public WorkGroupView addMember(long id, WorkGroupChange change) {
		WorkGroupDatabase.Group group = managed(id);
		Staff member = account(change);
		if (WorkGroupPolicy.join(group.path(), member.path()) instanceof WorkGroupPolicy.Refused refused) {
			throw new InvalidInputException(new FieldViolation(refused.field(), refused.rule(), refused.messageKey()));
		}
		if (groups.addMember(id, member.id(), member.username(), viewer.get().username(), clock.instant())) {
			audit.record(AuditAction.UPDATE, GROUP + ":" + id, "member added " + member.username());
		}
		return view(load(id));
	}

	/** Removes a member; the group's head, removed, leaves it without one. */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public WorkGroupView removeMember(long id, long userId) {
		managed(id);
		if (!groups.removeMember(id, userId)) {
			throw new NotFoundException("workGroup.member");
		}
		audit.record(AuditAction.UPDATE, GROUP + ":" + id, "member removed " + userId);
		return view(load(id));
	}

	/**
	 * Makes a member the group's head (组长).
	 *
	 * @throws InvalidInputException {@code workGroup.head.notMember} for someone not in the group,
	 *         {@code workGroup.head.already} when it has another head and {@code replace} is not set
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public WorkGroupView setHead(long id, WorkGroupChange change) {
		WorkGroupDatabase.Group group = managed(id);
		if (change == null || change.userId() == null) {
			throw new InvalidInputException(new FieldViolation("userId", "required", "workGroup.member.required"));
		}
		long candidate = change.userId();
		var decision = WorkGroupPolicy.lead(group.headUserId(), candidate, groups.isMember(id, candidate),
				Boolean.TRUE.equals(change.replace()));
		if (decision instanceof WorkGroupPolicy.Refused refused) {
			throw new InvalidInputException(new FieldViolation(refused.field(), refused.rule(), refused.messageKey()));
		}
		if (group.headUserId() != null && group.headUserId() == candidate) {
			return view(group);
		}
		if (!groups.setHead(id, group.headUserId(), candidate)) {
			String name = group.name();
			throw new ConflictException("workGroup.changed", id, name);
		}
		audit.record(AuditAction.UPDATE, GROUP + ":" + id, "head " + candidate);
		return view(load(id));
	}

	private Staff account(WorkGroupChange change) {
		if (change == null || change.userId() == null) {
			throw new InvalidInputException(new FieldViolation("userId", "required", "workGroup.member.required"));
		}
		return staff.byIds(List.of(change.userId())).stream().findFirst()
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("userId", "known", "workGroup.member.unknown")));
	}

	/** A group the viewer may change: of their area, and they are not read-only. */
	private WorkGroupDatabase.Group managed(long id) {
		WorkGroupDatabase.Group group = groups.find(id).filter(g -> viewer.get().canSee(g.path()))
			.orElseThrow(() -> new NotFoundException(GROUP));
		viewer.requireWritable(group.path());
		return group;
	}

	/** A group the viewer follows (of their area) or is a member of; otherwise not found. */
	private WorkGroupDatabase.Group visible(long id) {
		Viewer who = viewer.get();
		return groups.find(id).filter(g -> FOLLOWERS.contains(who.role()) && who.canSee(g.path()) || groups.isMember(id, who.userId()))
			.orElseThrow(() -> new NotFoundException(GROUP));
	}

	private WorkGroupDatabase.Group load(long id) {
		return groups.find(id).orElseThrow(() -> new NotFoundException(GROUP));
	}

	private WorkGroupView view(WorkGroupDatabase.Group group) {
		List<WorkGroupDatabase.Member> members = groups.members(group.id());
		UnaryOperator<String> namer = names.namer(members.stream().map(WorkGroupDatabase.Member::username).toList());
		List<WorkGroupMember> shown = members.stream()
			.map(m -> new WorkGroupMember(m.userId(), m.username(), namer.apply(m.username()),
					group.headUserId() != null && group.headUserId() == m.userId()))
			.sorted(Comparator.comparing(WorkGroupMember::head).reversed())
			.toList();
		Map<String, String> places = jurisdictions.names(List.of(group.jurisdictionCode()));
		String headName = shown.stream().filter(WorkGroupMember::head).map(WorkGroupMember::name).findFirst().orElse(null);
		return new WorkGroupView(group.id(), group.kind(), group.name(), group.jurisdictionCode(),
				places.get(group.jurisdictionCode()), group.headUserId(), headName, shown, false);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
