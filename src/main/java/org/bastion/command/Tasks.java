package org.bastion.command;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bastion.checkpoint.CheckpointInspected;
import org.bastion.checkpoint.CheckpointView;
import org.bastion.checkpoint.Checkpoints;
import org.bastion.checkpoint.ShiftGapOpened;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
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
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.bastion.shared.StaffAccounts;
import org.bastion.shared.StaffAccounts.Staff;
import org.bastion.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks township and county HQ dispatch: to a person of their area, to a place in it or to one of their
 * work groups, with a due time and a priority, perhaps about a person; the assignee acknowledges, starts,
 * finishes with a note (and a photo) or refuses with a reason, each step held to {@link TaskPolicy}; past due
 * and still open, a task is escalated (red for the group's head, or for the assignee and the dispatchers of
 * its area). Work of other modules arrives here as tasks ({@link ShiftGapTasks}).
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

	static final String TASK = "task";

	/** The longest lists the pages show at once: a person's open tasks, an area's. */
	static final int PAGE_LIMIT = 100;

	/** The accounts the dispatch form offers. */
	static final int STAFF_LIMIT = 200;

	static final int TITLE_LENGTH = 200;

	static final int TEXT_LENGTH = 2000;

	/** The kind of work a checkpoint's shift gap hands over. */
	static final String SHIFT_GAP = "SHIFT_GAP";

	static final String INSPECTION = "INSPECTION";

	/** What an inspector found lacking, with no deadline set, is due to be put right within a day. */
	static final Duration RECTIFY_WITHIN = Duration.ofHours(24);

	/** A gap in a shift starting this soon is urgent. */
	static final Duration URGENT_GAP = Duration.ofHours(24);

	/** How many overdue tasks one pass of the escalation reads at once. */
	static final int ESCALATION_BATCH = 500;

	private static final DateTimeFormatter SHIFT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final TaskDatabase tasks;

	private final StaffAccounts staff;

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final CurrentViewer viewer;

	private final AccountNames names;

	private final FieldClock clock;

	private final AuditTrail audit;

	private final WorkGroupDatabase groups;

	private final People people;

	private final long maxPhotoBytes;

	Tasks(TaskDatabase tasks, StaffAccounts staff, Jurisdictions jurisdictions, Checkpoints checkpoints,
			CurrentViewer viewer, AccountNames names, FieldClock clock, AuditTrail audit, WorkGroupDatabase groups,
			People people, @Value("${bastion.tasks.photo.max-size:5MB}") DataSize maxPhotoSize) {
		this.tasks = tasks;
		this.groups = groups;
		this.people = people;
		this.maxPhotoBytes = maxPhotoSize.toBytes();
		this.staff = staff;
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.viewer = viewer;
		this.names = names;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Dispatches a task to a person, a place or a work group of the sender's area; the same client id again
	 * answers the first task and stores nothing.
	 *
	 * @throws InvalidInputException naming every missing or wrong field (a due time in the past, several or
	 *         no target, an unknown place, account or group, a person the sender does not see)
	 * @throws ForbiddenException {@code error.outsideArea} for a place, a person or a group outside the sender's area
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public TaskView dispatch(NewTask request) {
		String clientId = Idempotency.stored(request.clientId(), "task.clientId.shape");
		if (clientId != null) {
			Optional<Task> earlier = tasks.findByClientId(clientId);
			if (earlier.isPresent()) {
				return views(List.of(earlier.get())).getFirst().asReplay();
			}
		}
		Instant now = clock.instant();
		List<FieldViolation> problems = problems(request, now);
		Staff assignee = null;
		Jurisdiction place = null;
		WorkGroupDatabase.Group group = null;
		if (request.groupId() != null) {
			group = groups.find(request.groupId()).orElse(null);
			if (group == null) {
				problems.add(new FieldViolation("groupId", "known", "task.group.unknown"));
			}
		}
		else if (request.assigneeUserId() != null) {
			assignee = staff.byIds(List.of(request.assigneeUserId())).stream().findFirst().orElse(null);
			if (assignee == null) {
				problems.add(new FieldViolation("assigneeUserId", "known", "task.assignee.unknown"));
			}
		}
		else if (!blank(request.jurisdictionCode())) {
			place = jurisdictions.find(request.jurisdictionCode().strip()).orElse(null);
			if (place == null) {
				problems.add(new FieldViolation("jurisdictionCode", "known", "task.place.unknown"));
			}
		}
		if (request.personId() != null) {
			PersonView person = people.listedViewsOf(List.of(request.personId())).get(request.personId());
			if (person == null || person.outsideArea()) {
				problems.add(new FieldViolation("personId", "known", "task.person.unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		JurisdictionPath path = group != null ? group.path() : assignee != null ? assignee.path() : place.path();
		viewer.requireWritable(path);
		String code = group != null ? group.jurisdictionCode() : assignee != null ? path.leafCode() : place.code();
		var draft = new TaskDatabase.Draft(clientId, request.title().strip(), stripped(request.detail()),
				request.priority() == null ? TaskPriority.NORMAL : request.priority(),
				assignee == null ? null : assignee.id(), assignee == null ? null : assignee.username(), code, path,
				request.due().atZone(clock.zone()).toInstant(), viewer.get().username(), now,
				null, null, null, group == null ? null : group.id(), request.personId());
		Optional<Long> inserted = BehindSavepoint.insertUnlessTaken(() -> tasks.insert(draft));
		if (inserted.isEmpty()) {
			// The same client id committed between the look-up and the insert: that task it is.
			return views(List.of(tasks.findByClientId(clientId)
				.orElseThrow(() -> new IllegalStateException("A task's client id was taken by no task")))).getFirst().asReplay();
		}
		audit.record(AuditAction.CREATE, TASK + ":" + inserted.get(), (group != null ? "group " + group.id()
				: assignee == null ? "place " + code : "user " + assignee.username()) + " due " + draft.dueAt()
				+ (request.personId() == null ? "" : " about person " + request.personId()));
		return view(load(inserted.get()));
	}

	/** What is wrong with a task to dispatch on its own, before its target is looked up. */
	List<FieldViolation> problems(NewTask request, Instant now) {
		List<FieldViolation> problems = new ArrayList<>();
		if (blank(request.title())) {
			problems.add(new FieldViolation("title", "required", "task.title.required"));
		}
		else if (request.title().strip().length() > TITLE_LENGTH) {
			problems.add(new FieldViolation("title", "size", "task.title.size", TITLE_LENGTH));
		}
		if (request.detail() != null && request.detail().strip().length() > TEXT_LENGTH) {
			problems.add(new FieldViolation("detail", "size", "task.text.size", TEXT_LENGTH));
		}
		if (request.due() == null) {
			problems.add(new FieldViolation("due", "required", "task.due.required"));
		}
		else if (!TaskPolicy.dueAccepted(request.due().atZone(clock.zone()).toInstant(), now)) {
			problems.add(new FieldViolation("due", "notPast", "task.due.past"));
		}
		int targets = (request.assigneeUserId() != null ? 1 : 0) + (blank(request.jurisdictionCode()) ? 0 : 1)
				+ (request.groupId() != null ? 1 : 0);
		if (targets != 1) {
			problems.add(new FieldViolation("assigneeUserId", "oneTarget", targets > 1 ? "task.target.both" : "task.target.none"));
		}
		return problems;
	}

	/**
	 * The tasks the viewer holds ({@code assignee=me}) or, with no assignee, those of the viewer's area, newest
	 * first, a page at a time.
	 */
	public Slice<TaskView> list(String assignee, String status, String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, "task.cursor.invalid");
		TaskStatus wanted = status(status);
		Viewer who = viewer.get();
		List<Task> rows;
		if (blank(assignee)) {
			rows = tasks.inScope(who.scope().likePattern(), wanted, page.after(), page.fetch());
		}
		else if ("me".equals(assignee.strip())) {
			rows = tasks.held(who.userId(), who.scope(), wanted, page.after(), page.fetch());
		}
		else {
			throw new InvalidInputException(new FieldViolation("assignee", "known", "task.assignee.filter"));
		}
		Slice<Task> slice = page.slice(rows, Task::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/** The viewer's open tasks, the escalated first, then by due time: the inbox on the phone. */
	public List<TaskView> inbox() {
		Viewer who = viewer.get();
		return views(tasks.openHeld(who.userId(), who.scope(), PAGE_LIMIT));
	}

	/** The open tasks of the viewer's area, the escalated first: what the dispatchers follow. */
	public List<TaskView> openInArea() {
		return views(tasks.openInScope(viewer.scopePattern(), PAGE_LIMIT));
	}

	/** A task the viewer holds or whose place is in their area; the view is audited, so this one writes. */
	@Transactional
	public TaskView find(long id) {
		Task task = visible(id);
		audit.record(AuditAction.VIEW, TASK + ":" + id, null);
		return view(task);
	}

	/** The accounts of the viewer's area a task may be dispatched to, by name. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public List<Staff> assignable() {
		Viewer who = viewer.get();
		return staff.serving(who.scope(), STAFF_LIMIT).stream().filter(s -> who.canSee(s.path())).toList();
	}

	/**
	 * The viewer acknowledges a task they hold (签收).
	 *
	 * @throws ConflictException {@code task.acknowledged.already} the second time
	 */
	@Transactional
	public TaskView acknowledge(long id) {
		Task task = held(id);
		task.after(new TaskPolicy.Acknowledge());
		moved(tasks.receive(id, viewer.get().username(), clock.instant()), task, "acknowledged");
		return view(load(id));
	}

	/** The viewer starts on a received task. */
	@Transactional
	public TaskView start(long id) {
		Task task = held(id);
		task.after(new TaskPolicy.Start());
		moved(tasks.start(id, task.status(), clock.instant()), task, "started");
		return view(load(id));
	}

	/** The viewer reports a received or started task done, saying what was done. */
	@Transactional
	public TaskView complete(long id, TaskNote note) {
		return close(id, new TaskPolicy.Complete(), note, "task.note.required", "done");
	}

	/**
	 * The viewer reports a task done with a photo of it (none: as {@link #complete(long, TaskNote)}); a photo
	 * that is no image or too large refuses the whole step, and nothing is stored.
	 */
	@Transactional
	TaskView complete(long id, TaskNote note, TaskPhoto.Upload photo) {
		held(id);
		TaskPhoto read = photo == null ? null : TaskPhoto.read(photo, maxPhotoBytes);
		TaskView done = close(id, new TaskPolicy.Complete(), note, "task.note.required", "done");
		if (read != null) {
			store(id, read);
			return view(load(id));
		}
		return done;
	}

	/**
	 * Adds the photo of a task the viewer holds, received, started or done (in place of the one it had); its
	 * place is checked before a byte of it is read.
	 *
	 * @throws InvalidInputException {@code task.photo.size}, {@code task.photo.image}, or {@code task.photo.required}
	 *         without one
	 */
	@Transactional
	TaskView attachPhoto(long id, TaskPhoto.Upload photo) {
		Task task = held(id);
		if (TaskPolicy.photo(task.status()) instanceof TaskPolicy.Refusal refused) {
			throw new ConflictException(refused.messageKey(), id, task.title());
		}
		if (photo == null) {
			throw new InvalidInputException(new FieldViolation(TaskPhoto.FIELD, "required", "task.photo.required"));
		}
		store(id, TaskPhoto.read(photo, maxPhotoBytes));
		return view(load(id));
	}

	/** A task's photo, for a viewer who sees the task; the view is audited. */
	@Transactional
	Optional<TaskDatabase.Photo> photo(long id) {
		visible(id);
		Optional<TaskDatabase.Photo> photo = tasks.photo(id);
		photo.ifPresent(p -> audit.record(AuditAction.VIEW, TASK + ":" + id, "photo"));
		return photo;
	}

	private void store(long id, TaskPhoto photo) {
		tasks.putPhoto(id, photo.contentType(), photo.bytes(), viewer.get().username(), clock.instant());
		audit.record(AuditAction.UPDATE, TASK + ":" + id, "photo " + photo.contentType() + " " + photo.bytes().length);
	}

	/** The viewer refuses an open task they hold, saying why. */
	@Transactional
	public TaskView refuse(long id, TaskNote reason) {
		return close(id, new TaskPolicy.Refuse(), reason, "task.reason.required", "refused");
	}

	/**
	 * Marks the open tasks past due as escalated, each once however many nodes run this at the same moment.
	 *
	 * @return how many this call escalated
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = clock.instant();
		int escalated = 0;
		List<Task> batch;
		do {
			batch = tasks.overdueUnescalated(now, ESCALATION_BATCH);
			Map<Long, Long> heads = groups.heads(batch.stream().map(Task::groupId).filter(java.util.Objects::nonNull)
				.distinct().toList());
			for (Task task : batch) {
				Long to = switch (TaskPolicy.escalatesTo(task.target(task.groupId() == null ? null : heads.get(task.groupId())))) {
					case TaskPolicy.ToHead head -> head.userId();
					case TaskPolicy.ToAreaHq hq -> null;
				};
				if (TaskPolicy.escalates(task.status(), task.dueAt(), task.escalatedAt(), now) && tasks.escalate(task.id(), now, to)) {
					escalated++;
				}
			}
		}
		while (batch.size() == ESCALATION_BATCH);
		return escalated;
	}

	/**
	 * A checkpoint's shift left short becomes a task of the checkpoint's township, due when the shift starts;
	 * while such a task is open, the same shift's gaps add none. Runs as the system.
	 */
	@Transactional
	void fromShiftGap(ShiftGapOpened gap) {
		if (tasks.openFrom(SHIFT_GAP, gap.shiftId()).isPresent()) {
			return;
		}
		Jurisdiction township = township(gap.jurisdictionCode());
		CheckpointView checkpoint = checkpoints.find(gap.checkpointId());
		Instant now = clock.instant();
		String title = checkpoint.name() + " " + SHIFT_TIME.format(clock.local(gap.startsAt())) + "–"
				+ SHIFT_TIME.format(clock.local(gap.endsAt()));
		TaskPriority priority = gap.startsAt().isBefore(now.plus(URGENT_GAP)) ? TaskPriority.URGENT : TaskPriority.NORMAL;
		String link = "/checkpoints/" + gap.checkpointId() + "/roster?week=" + clock.dateOf(gap.startsAt());
		tasks.insertUnlessOpen(new TaskDatabase.Draft(null, title, null, priority, null, null, township.code(),
				township.path(), gap.startsAt(), viewer.get().username(), now, SHIFT_GAP, gap.shiftId(), link))
			.ifPresent(id -> audit.record(AuditAction.CREATE, TASK + ":" + id, "shift gap " + gap.shiftId()));
	}

	/**
	 * What a supervisor found lacking at a checkpoint becomes a task of the checkpoint's township to put right,
	 * due at the end of the inspector's deadline (in a day when none was set), the finding as its detail.
	 * A visit that found everything in order makes none. Runs as the system.
	 */
	@Transactional
	void fromInspection(CheckpointInspected visit) {
		if (visit.lacking().isEmpty()) {
			return;
		}
		Jurisdiction township = township(visit.jurisdictionCode());
		Instant now = clock.instant();
		Instant due = visit.rectifyBy() == null ? now.plus(RECTIFY_WITHIN) : clock.endOf(visit.rectifyBy());
		String title = visit.checkpointName() + " " + SHIFT_TIME.format(clock.local(visit.inspectedAt()));
		String link = "/checkpoints/" + visit.checkpointId() + "#inspection-" + visit.inspectionId();
		tasks.insertUnlessOpen(new TaskDatabase.Draft(null, title, visit.finding(), TaskPriority.NORMAL, null, null,
				township.code(), township.path(), due, viewer.get().username(), now, INSPECTION, visit.inspectionId(), link))
			.ifPresent(id -> audit.record(AuditAction.CREATE, TASK + ":" + id, "inspection " + visit.inspectionId()));
	}

	/** How many open tasks the viewer holds, for the home page. */
	long countHeld(Viewer who) {
		return tasks.countOpenHeld(who.userId(), who.scope());
	}

	/** How many escalated open tasks the viewer holds or, as a dispatcher, has in their area. */
	long countEscalated(Viewer who) {
		return tasks.countEscalated(who.userId(), who.scope(), Roles.managesAreas(who) ? who.scope().likePattern() : null);
	}

	private TaskView close(long id, TaskPolicy.Change change, TaskNote note, String required, String what) {
		Task task = held(id);
		TaskStatus next = task.after(change);
		String text = note == null ? null : stripped(note.note());
		if (text == null) {
			throw new InvalidInputException(new FieldViolation("note", "required", required));
		}
		if (text.length() > TEXT_LENGTH) {
			throw new InvalidInputException(new FieldViolation("note", "size", "task.text.size", TEXT_LENGTH));
		}
		moved(tasks.close(id, task.status(), next, viewer.get().username(), clock.instant(), text), task, what);
		return view(load(id));
	}

	/** Audits a step, or refuses it when someone moved the task between our read and our write. */
	private void moved(boolean done, Task task, String what) {
		if (!done) {
			throw new ConflictException("task.changed", task.id(), task.title());
		}
		audit.record(AuditAction.UPDATE, TASK + ":" + task.id(), what);
	}

	/** A task the viewer may change: theirs to do, and they are not read-only. */
	private Task held(long id) {
		Task task = visible(id);
		Viewer who = viewer.get();
		if (who.readOnly()) {
			throw new ForbiddenException("error.readOnly");
		}
		if (!holds(task, who)) {
			throw new ForbiddenException("task.notYours");
		}
		return task;
	}

	/** A task the viewer holds or sees the place of; otherwise not found, so ids do not leak. */
	private Task visible(long id) {
		Viewer who = viewer.get();
		return tasks.find(id).filter(t -> holds(t, who) || who.canSee(t.path())).orElseThrow(() -> new NotFoundException(TASK));
	}

	private boolean holds(Task task, Viewer who) {
		return task.heldBy(who, task.groupId() != null && groups.isMember(task.groupId(), who.userId()));
	}

	private Task load(long id) {
		return tasks.find(id).orElseThrow(() -> new NotFoundException(TASK));
	}

	/** The township a place lies in, or the place itself above townships. */
	private Jurisdiction township(String code) {
		List<Jurisdiction> lineage = jurisdictions.lineage(code);
		return lineage.stream().filter(p -> p.level() == JurisdictionLevel.TOWNSHIP).findFirst().orElse(lineage.getLast());
	}

	private static TaskStatus status(String status) {
		if (blank(status)) {
			return null;
		}
		try {
			return TaskStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(new FieldViolation("status", "known", "task.status.unknown"));
		}
	}

	private TaskView view(Task task) {
		return views(List.of(task)).getFirst();
	}

	private List<TaskView> views(List<Task> rows) {
		UnaryOperator<String> namer = names.namer(rows.stream()
			.flatMap(t -> java.util.stream.Stream.of(t.assigneeUsername(), t.dispatchedBy(), t.receivedBy(), t.closedBy()))
			.toList());
		Map<String, String> places = jurisdictions.names(rows.stream().map(Task::jurisdictionCode).distinct().toList());
		Map<Long, String> groupNames = groups.names(rows.stream().map(Task::groupId).filter(java.util.Objects::nonNull).distinct().toList());
		List<Long> personIds = rows.stream().map(Task::personId).filter(java.util.Objects::nonNull).distinct().toList();
		Map<Long, PersonView> persons = personIds.isEmpty() ? Map.of() : people.listedViewsOf(personIds);
		java.util.Set<Long> photos = tasks.withPhoto(rows.stream().map(Task::id).toList());
		List<Long> escalatedTo = rows.stream().map(Task::escalatedToUserId).filter(java.util.Objects::nonNull).distinct().toList();
		Map<Long, String> escalatedNames = new java.util.HashMap<>();
		staff.byIds(escalatedTo).forEach(s -> escalatedNames.put(s.id(), s.displayName()));
		Instant now = clock.instant();
		return rows.stream().map(t -> new TaskView(t.id(), t.title(), t.detail(), t.priority(), t.status(),
				t.assigneeUserId(), t.assigneeUsername(), name(namer, t.assigneeUsername()), t.jurisdictionCode(),
				places.get(t.jurisdictionCode()), t.dueAt(), clock.local(t.dueAt()), t.overdue(now), t.escalatedAt() != null, t.escalatedAt(),
				t.dispatchedBy(), name(namer, t.dispatchedBy()), t.dispatchedAt(), t.receivedBy(), name(namer, t.receivedBy()),
				t.receivedAt(), t.startedAt(), t.closedBy(), name(namer, t.closedBy()), t.closedAt(), t.note(), t.source(),
				t.sourceLink(), false, t.groupId(), t.groupId() == null ? null : groupNames.get(t.groupId()), t.personId(),
				t.personId() == null ? null : personName(persons.get(t.personId())), photos.contains(t.id()), t.escalatedToUserId(),
				t.escalatedToUserId() == null ? null : escalatedNames.get(t.escalatedToUserId()))).toList();
	}

	/** A person a task concerns, named where the viewer sees them. */
	private static String personName(PersonView person) {
		return person == null || person.outsideArea() ? null : person.name();
	}

	private static String name(UnaryOperator<String> namer, String username) {
		return username == null ? null : namer.apply(username);
	}

	private static String stripped(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
