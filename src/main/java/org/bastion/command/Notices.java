package org.bastion.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.bastion.command.NoticeDatabase.Unit;
import org.bastion.command.NoticePolicy.Place;
import org.bastion.jurisdiction.Jurisdiction;
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
import org.bastion.shared.TooLargeException;
import org.bastion.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Notices, directives from above and the working guidelines made from them: sent by township and county HQ to
 * areas of theirs and to their work groups with a few attachments, perhaps about a person (whose timeline shows
 * them); the townships and villages of those areas read them (a place is read once one of its accounts has
 * opened it, each account's reading stored once), as does every member a group had when it was sent, and the
 * HQ of the area follows who has not. The rules are {@link NoticePolicy}'s; a sent notice publishes
 * {@link NoticeSent}.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

	static final String NOTICE = "notice";

	static final int TITLE_LENGTH = 200;

	static final int BODY_LENGTH = 10000;

	/** The areas one notice may name. */
	static final int MAX_AREAS = 50;

	/** The work groups one notice may name. */
	static final int MAX_GROUPS = 20;

	/** The accounts of an area the unread list reads at once. */
	static final int READERS_LIMIT = 5000;

	/** The longest list the pages show at once. */
	static final int PAGE_LIMIT = 100;

	private static final int FILE_NAME_LENGTH = 200;

	private final NoticeDatabase notices;

	private final WorkGroupDatabase groups;

	private final People people;

	private final Jurisdictions jurisdictions;

	private final StaffAccounts staff;

	private final CurrentViewer viewer;

	private final AccountNames names;

	private final FieldClock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final long maxFileBytes;

	private final int maxFiles;

	Notices(NoticeDatabase notices, WorkGroupDatabase groups, People people, Jurisdictions jurisdictions,
			StaffAccounts staff, CurrentViewer viewer, AccountNames names, FieldClock clock, AuditTrail audit,
			ApplicationEventPublisher events,
			@Value("${bastion.notices.max-file-size:10MB}") DataSize maxFileSize,
			@Value("${bastion.notices.max-files:5}") int maxFiles) {
		this.notices = notices;
		this.groups = groups;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.staff = staff;
		this.viewer = viewer;
		this.names = names;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
		this.maxFileBytes = maxFileSize.toBytes();
		this.maxFiles = maxFiles;
	}

	/** The cap of one attachment, in whole megabytes, as the form says it. */
	public long maxFileMegabytes() {
		return maxFileBytes / (1024 * 1024);
	}

	public int maxFiles() {
		return maxFiles;
	}

	/**
	 * Sends a notice to areas and work groups of the sender's with its attachments; the same client id again
	 * answers the first notice and stores nothing.
	 *
	 * @throws InvalidInputException naming every missing or wrong field (title, recipients, kind, directive,
	 *         an attachment of a type not taken, a group unknown, outside the sender's area or without members,
	 *         a person the sender does not see)
	 * @throws TooLargeException an attachment over the cap, or too many
	 * @throws ForbiddenException {@code notice.recipient.outside} naming an area outside the sender's
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public NoticeView send(NewNotice request, List<NoticeUpload> uploads) {
		String clientId = Idempotency.stored(request.clientId(), "notice.clientId.shape");
		if (clientId != null) {
			Optional<Notice> earlier = notices.findByClientId(clientId);
			if (earlier.isPresent()) {
				return view(earlier.get(), true).asReplay();
			}
		}
		Viewer who = viewer.get();
		if (who.readOnly()) {
			throw new ForbiddenException("error.readOnly");
		}
		List<NoticeUpload> files = uploads == null ? List.of()
				: uploads.stream().filter(f -> f != null && !(f.size() == 0 && blank(f.fileName()))).toList();
		List<FieldViolation> problems = problems(request);
		List<Jurisdiction> chosen = new ArrayList<>();
		for (String code : request.recipients()) {
			Optional<Jurisdiction> place = jurisdictions.find(code);
			if (place.isEmpty()) {
				problems.add(new FieldViolation("recipients", "known", "notice.recipient.unknown", code));
			}
			else if (!who.canSee(place.get().path())) {
				throw new ForbiddenException("notice.recipient.outside", place.get().name());
			}
			else {
				chosen.add(place.get());
			}
		}
		List<WorkGroupDatabase.Group> chosenGroups = new ArrayList<>();
		List<NoticeDatabase.Member> members = new ArrayList<>();
		// Past the cap only the cap is named: no look-up per id of an oversized list.
		for (long groupId : request.groupIds().size() > MAX_GROUPS ? List.<Long>of() : request.groupIds()) {
			Optional<WorkGroupDatabase.Group> group = groups.find(groupId);
			if (group.isEmpty()) {
				problems.add(new FieldViolation("groupIds", "known", "notice.group.unknown", groupId));
			}
			else if (!who.canSee(group.get().path())) {
				// Refused by field, not as forbidden: the sender picked it beside groups they may send to.
				problems.add(new FieldViolation("groupIds", "inArea", "notice.group.outside", groupId));
			}
			else {
				List<WorkGroupDatabase.Member> inGroup = groups.members(groupId);
				if (inGroup.isEmpty()) {
					problems.add(new FieldViolation("groupIds", "members", "notice.group.empty", group.get().name()));
				}
				else {
					chosenGroups.add(group.get());
					inGroup.forEach(m -> members.add(new NoticeDatabase.Member(m.groupId(), m.userId(), m.username())));
				}
			}
		}
		if (request.personId() != null) {
			PersonView person = people.listedViewsOf(List.of(request.personId())).get(request.personId());
			if (person == null || person.outsideArea()) {
				problems.add(new FieldViolation("personId", "known", "notice.person.unknown"));
			}
		}
		NoticePolicy.Directive directive = request.directiveId() == null ? null
				: notices.find(request.directiveId()).filter(d -> related(d.id(), who)).map(d -> new NoticePolicy.Directive(d.id(), d.kind()))
					.orElse(null);
		problems.addAll(NoticePolicy.kindProblems(request.kindOrNotice(), Set.of("SYSTEM_ADMIN", "HQ_STAFF").contains(who.role()),
				request.directiveId(), directive));
		List<Place> units = List.of();
		if (!chosen.isEmpty()) {
			Map<String, List<Place>> below = new LinkedHashMap<>();
			for (Jurisdiction place : chosen) {
				if (!NoticePolicy.readsItself(place.level())) {
					below.put(place.code(), jurisdictions.subtree(place.code()).stream().map(Notices::place).toList());
				}
			}
			units = NoticePolicy.units(chosen.stream().map(Notices::place).toList(), below, who.scope());
			if (units.isEmpty()) {
				problems.add(new FieldViolation("recipients", "places", "notice.recipients.nobody"));
			}
		}
		problems.addAll(fileProblems(files));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<String> types = files.stream().map(this::typeOf).toList();
		Instant now = clock.instant();
		NoticeKind kind = request.kindOrNotice();
		String title = request.title().strip();
		Optional<Long> inserted = BehindSavepoint.insertUnlessTaken(() -> notices.insert(clientId, kind, title,
				stripped(request.body()), directive == null ? null : directive.id(), who.username(), who.scope(), now,
				request.personId()));
		if (inserted.isEmpty()) {
			// The same client id committed between the look-up and the insert: that notice it is.
			return view(notices.findByClientId(clientId)
				.orElseThrow(() -> new IllegalStateException("A notice's client id was taken by no notice")), true).asReplay();
		}
		long id = inserted.get();
		for (Jurisdiction place : chosen) {
			notices.insertArea(id, place.code(), place.path());
		}
		notices.insertUnits(id, units.stream().map(u -> new Unit(u.code(), u.path())).toList());
		notices.insertGroups(id, chosenGroups.stream().map(WorkGroupDatabase.Group::id).toList(), members);
		for (int i = 0; i < files.size(); i++) {
			NoticeUpload file = files.get(i);
			try (InputStream in = file.content().getInputStream()) {
				notices.insertFile(id, fileName(file.fileName()), types.get(i), file.size(), in);
			}
			catch (IOException broken) {
				throw new UncheckedIOException(broken);
			}
		}
		long readers = members.stream().map(NoticeDatabase.Member::userId).distinct().count();
		audit.record(AuditAction.CREATE, NOTICE + ":" + id, kind + " to " + String.join(",", request.recipients()) + ", "
				+ units.size() + " places, groups " + request.groupIds() + " (" + readers + " members), " + files.size() + " files"
				+ (request.personId() == null ? "" : ", about person " + request.personId()));
		events.publishEvent(new NoticeSent(id, kind, title, who.username(), who.scope(), request.recipients(), units.size(),
				directive == null ? null : directive.id(), now, chosenGroups.stream().map(WorkGroupDatabase.Group::id).toList(),
				(int) readers, request.personId()));
		return view(notices.find(id).orElseThrow(() -> new NotFoundException(NOTICE)), true);
	}

	/** What is wrong with a notice on its own, before its areas and files are looked at. */
	List<FieldViolation> problems(NewNotice request) {
		List<FieldViolation> problems = new ArrayList<>();
		if (blank(request.title())) {
			problems.add(new FieldViolation("title", "required", "notice.title.required"));
		}
		else if (request.title().strip().length() > TITLE_LENGTH) {
			problems.add(new FieldViolation("title", "size", "notice.title.size", TITLE_LENGTH));
		}
		if (request.body() != null && request.body().strip().length() > BODY_LENGTH) {
			problems.add(new FieldViolation("body", "size", "notice.body.size", BODY_LENGTH));
		}
		if (request.recipients().isEmpty() && request.groupIds().isEmpty()) {
			problems.add(new FieldViolation("recipients", "required", "notice.recipients.required"));
		}
		else if (request.recipients().size() > MAX_AREAS) {
			problems.add(new FieldViolation("recipients", "size", "notice.recipients.size", MAX_AREAS));
		}
		if (request.groupIds().size() > MAX_GROUPS) {
			problems.add(new FieldViolation("groupIds", "size", "notice.groups.size", MAX_GROUPS));
		}
		return problems;
	}

	/**
	 * The notices the viewer reads (those sent to a place holding their area), unread first, then newest, a page
	 * at a time; with {@code box=area}, those with a place in the viewer's area, which its HQ follows.
	 */
	public Slice<NoticeView> list(String box, String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, "notice.cursor.invalid");
		Viewer who = viewer.get();
		if (box == null || box.isBlank() || "inbox".equals(box.strip())) {
			List<NoticeDatabase.Listed> rows = notices.inbox(who.userId(), holders(who.scope()), page.after(), page.fetch());
			Slice<NoticeDatabase.Listed> slice = page.slice(rows, NoticeDatabase.Listed::key);
			return new Slice<>(listed(slice.items()), slice.nextCursor());
		}
		if ("area".equals(box.strip())) {
			Slice<Notice> slice = page.slice(notices.inScope(who.scope().likePattern(), page.after(), page.fetch()), Notice::id);
			return new Slice<>(views(slice.items(), Map.of(), false), slice.nextCursor());
		}
		throw new InvalidInputException(new FieldViolation("box", "known", "notice.box.unknown"));
	}

	/** The viewer's notices for the inbox page: the unread first. */
	public List<NoticeView> inbox() {
		Viewer who = viewer.get();
		return listed(notices.inbox(who.userId(), holders(who.scope()), null, PAGE_LIMIT));
	}

	/** The viewer's first notices, unread first: the home page's few. */
	List<NoticeView> inboxFirst(int limit) {
		Viewer who = viewer.get();
		return listed(notices.inbox(who.userId(), holders(who.scope()), null, limit));
	}

	/** The notices of the viewer's area, newest first, with how many of their places have read each. */
	public List<NoticeView> ofArea() {
		return views(notices.inScope(viewer.scopePattern(), null, PAGE_LIMIT), Map.of(), false);
	}

	/** A notice the viewer reads or whose places lie in their area; the view is audited, so this one writes. */
	@Transactional
	public NoticeView find(long id) {
		Notice notice = visible(id);
		audit.record(AuditAction.VIEW, NOTICE + ":" + id, null);
		return view(notice, true);
	}

	/** A notice opened on its page: read by the viewer if they are among its readers, once however often. */
	@Transactional
	public NoticeView open(long id) {
		Notice notice = visible(id);
		Viewer who = viewer.get();
		Optional<Place> unit = unitOf(id, who);
		String unitCode = unit.map(Place::code).orElse(null);
		if ((unit.isPresent() || notices.isMember(id, who.userId()))
				&& notices.read(id, who.userId(), who.username(), unitCode, clock.instant())) {
			audit.record(AuditAction.UPDATE, NOTICE + ":" + id, readFor(unitCode));
		}
		audit.record(AuditAction.VIEW, NOTICE + ":" + id, null);
		return view(notice, true);
	}

	/**
	 * The viewer has read a notice sent to their place.
	 *
	 * @throws ForbiddenException {@code notice.read.notRecipient} for someone who oversees it but is not to read it
	 * @throws ConflictException {@code notice.read.already} the second time: nothing is stored again
	 */
	@Transactional
	public NoticeRead read(long id) {
		Notice notice = visible(id);
		Viewer who = viewer.get();
		// A receipt changes no record: a leader, who may change nothing, reads too.
		Optional<Place> unit = unitOf(id, who);
		if (unit.isEmpty() && !notices.isMember(id, who.userId())) {
			throw new ForbiddenException("notice.read.notRecipient");
		}
		String unitCode = unit.map(Place::code).orElse(null);
		Instant now = clock.instant();
		if (!notices.read(id, who.userId(), who.username(), unitCode, now)) {
			Instant first = notices.readAt(id, who.userId()).orElse(now);
			throw new ConflictException("notice.read.already",
					new NoticeRead(id, who.username(), unitCode, first, false), notice.title(),
					clock.local(first).format(java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")));
		}
		audit.record(AuditAction.UPDATE, NOTICE + ":" + id, readFor(unitCode));
		return new NoticeRead(id, who.username(), unitCode, now, true);
	}

	/**
	 * Who has read a notice and who has not, for the HQ of its area: its places in the viewer's area, the unread
	 * first, each with its accounts, and the members of its groups of the viewer's area, by group, who has not
	 * opened it first. Audited, as it names accounts.
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	public NoticeReading reading(long id) {
		visible(id);
		Viewer who = viewer.get();
		List<Place> units = notices.units(id).stream().filter(u -> who.canSee(u.path())).map(u -> unitPlace(u)).toList();
		List<NoticeDatabase.Group> followed = notices.groups(id).stream().filter(g -> who.canSee(g.path())).toList();
		if (units.isEmpty() && followed.isEmpty()) {
			throw new ForbiddenException("notice.reading.notSender");
		}
		Map<Long, NoticeDatabase.Receipt> receipts = notices.receipts(id).stream()
			.collect(Collectors.toMap(NoticeDatabase.Receipt::userId, r -> r, (a, b) -> a));
		Set<String> readUnits = receipts.values().stream().map(NoticeDatabase.Receipt::unitCode).collect(Collectors.toSet());
		Map<String, List<Staff>> accounts = new LinkedHashMap<>();
		units.forEach(u -> accounts.put(u.code(), new ArrayList<>()));
		Set<Long> seen = new java.util.HashSet<>();
		for (Unit area : notices.areas(id)) {
			JurisdictionPath asked = who.scope().contains(area.path()) ? area.path() : area.path().contains(who.scope()) ? who.scope() : null;
			if (asked == null) {
				continue;
			}
			for (Staff account : staff.serving(asked, READERS_LIMIT)) {
				if (seen.add(account.id())) {
					NoticePolicy.unitOf(account.path(), units).ifPresent(u -> accounts.get(u.code()).add(account));
				}
			}
		}
		// Whoever read it counts, an account since moved or disabled too.
		receipts.values().stream().filter(r -> !seen.contains(r.userId())).forEach(r -> {
			if (accounts.containsKey(r.unitCode())) {
				accounts.get(r.unitCode()).add(new Staff(r.userId(), r.username(), null, null));
			}
		});
		Set<Long> followedIds = followed.stream().map(NoticeDatabase.Group::id).collect(Collectors.toSet());
		List<NoticeDatabase.Member> members = notices.members(id).stream().filter(m -> followedIds.contains(m.groupId())).toList();
		List<String> usernames = new ArrayList<>(accounts.values().stream().flatMap(List::stream).map(Staff::username).toList());
		members.forEach(m -> usernames.add(m.username()));
		UnaryOperator<String> namer = names.namer(usernames);
		Map<String, String> places = jurisdictions.names(units.stream().map(Place::code).toList());
		List<NoticeReading.Unit> unread = new ArrayList<>();
		List<NoticeReading.Unit> read = new ArrayList<>();
		for (Place unit : units) {
			List<NoticeReading.Reader> readers = accounts.get(unit.code()).stream()
				.map(s -> new NoticeReading.Reader(s.username(), namer.apply(s.username()),
						receipts.containsKey(s.id()) ? receipts.get(s.id()).readAt() : null))
				.toList();
			(readUnits.contains(unit.code()) ? read : unread).add(new NoticeReading.Unit(unit.code(),
					places.getOrDefault(unit.code(), unit.code()), readers));
		}
		List<NoticeReading.Group> byGroup = new ArrayList<>();
		for (NoticeDatabase.Group group : followed) {
			List<NoticeReading.Reader> readers = members.stream().filter(m -> m.groupId() == group.id())
				.map(m -> new NoticeReading.Reader(m.username(), namer.apply(m.username()),
						receipts.containsKey(m.userId()) ? receipts.get(m.userId()).readAt() : null))
				.toList();
			byGroup.add(new NoticeReading.Group(group.id(), group.name(), readers.stream().filter(r -> r.readAt() == null).toList(),
					readers.stream().filter(r -> r.readAt() != null).toList()));
		}
		Set<Long> memberIds = members.stream().map(NoticeDatabase.Member::userId).collect(Collectors.toSet());
		int readMembers = (int) memberIds.stream().filter(receipts::containsKey).count();
		audit.record(AuditAction.VIEW, NOTICE + ":" + id, "reading");
		return new NoticeReading(id, units.size(), read.size(), unread, read, memberIds.size(), readMembers, byGroup);
	}

	/** An attachment's file, for whoever may see its notice. */
	@Transactional
	public Download attachment(long id, long fileId) {
		visible(id);
		NoticeDatabase.File file = notices.file(id, fileId).orElseThrow(() -> new NotFoundException(NOTICE));
		audit.record(AuditAction.VIEW, NOTICE + ":" + id, "file " + fileId);
		return new Download(file.fileName(), file.contentType(), notices.content(file.id()));
	}

	/** A file to hand out: its name, its sniffed type and its bytes (at most the cap it was taken under). */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	/** How many notices the viewer has not read, for the navigation and the home page. */
	long countUnread(Viewer who) {
		return notices.countUnread(who.userId(), holders(who.scope()));
	}

	private List<FieldViolation> fileProblems(List<NoticeUpload> files) {
		if (files.size() > maxFiles) {
			throw new TooLargeException(new FieldViolation("files", "count", "notice.files.tooMany", maxFiles));
		}
		List<FieldViolation> problems = new ArrayList<>();
		for (NoticeUpload file : files) {
			if (file.size() > maxFileBytes) {
				throw new TooLargeException(new FieldViolation("files", "size", "notice.file.tooLarge",
						fileName(file.fileName()), maxFileMegabytes()));
			}
			if (file.size() == 0) {
				problems.add(new FieldViolation("files", "notEmpty", "notice.file.empty", fileName(file.fileName())));
			}
			else if (sniff(file).isEmpty()) {
				problems.add(new FieldViolation("files", "type", "notice.file.type", fileName(file.fileName())));
			}
		}
		return problems;
	}

	private String typeOf(NoticeUpload file) {
		return sniff(file).orElseThrow();
	}

	private static Optional<String> sniff(NoticeUpload file) {
		try (InputStream in = file.content().getInputStream()) {
			return NoticePolicy.contentType(in.readNBytes(NoticePolicy.SNIFFED_BYTES), file.fileName());
		}
		catch (IOException broken) {
			throw new UncheckedIOException(broken);
		}
	}

	/** Whether the viewer reads the notice or oversees one of its places or groups. */
	private boolean related(long id, Viewer who) {
		return notices.units(id).stream().anyMatch(u -> who.canSee(u.path()) || u.path().contains(who.scope()))
				|| notices.isMember(id, who.userId()) || notices.groups(id).stream().anyMatch(g -> who.canSee(g.path()));
	}

	private static String readFor(String unitCode) {
		return unitCode == null ? "read as a group's member" : "read for " + unitCode;
	}

	/** A notice the viewer reads or oversees; otherwise not found, so ids do not leak. */
	private Notice visible(long id) {
		Viewer who = viewer.get();
		return notices.find(id).filter(n -> related(n.id(), who)).orElseThrow(() -> new NotFoundException(NOTICE));
	}

	private Optional<Place> unitOf(long id, Viewer who) {
		return NoticePolicy.unitOf(who.scope(), notices.units(id).stream().map(Notices::unitPlace).toList());
	}

	/** The viewer's area and every place above it: the places whose notices the viewer reads. */
	private static List<String> holders(JurisdictionPath area) {
		List<String> holders = new ArrayList<>();
		List<String> codes = area.codes();
		for (int i = 1; i <= codes.size(); i++) {
			holders.add(JurisdictionPath.of(codes.subList(0, i).toArray(String[]::new)).value());
		}
		return holders.isEmpty() ? List.of(JurisdictionPath.ROOT.value()) : holders;
	}

	private List<NoticeView> listed(List<NoticeDatabase.Listed> rows) {
		Map<Long, Instant> readAt = new LinkedHashMap<>();
		rows.forEach(r -> readAt.put(r.notice().id(), r.readAt()));
		return views(rows.stream().map(NoticeDatabase.Listed::notice).toList(), readAt, true);
	}

	private NoticeView view(Notice notice, boolean detail) {
		Viewer who = viewer.get();
		boolean recipient = unitOf(notice.id(), who).isPresent() || notices.isMember(notice.id(), who.userId());
		Map<Long, Instant> readAt = new LinkedHashMap<>();
		if (recipient) {
			readAt.put(notice.id(), notices.readAt(notice.id(), who.userId()).orElse(null));
		}
		NoticeView view = views(List.of(notice), readAt, recipient).getFirst();
		if (!detail) {
			return view;
		}
		List<NoticeView.Attachment> files = notices.files(notice.id()).stream()
			.map(f -> new NoticeView.Attachment(f.id(), f.fileName(), f.contentType(), f.size())).toList();
		NoticeView.Link directive = notice.directiveId() == null ? null
				: notices.find(notice.directiveId()).map(d -> new NoticeView.Link(d.id(), d.title())).orElse(null);
		List<NoticeView.Link> guidelines = notice.kind() != NoticeKind.DIRECTIVE ? List.of()
				: notices.guidelines(notice.id()).stream().filter(g -> related(g.id(), who))
					.map(g -> new NoticeView.Link(g.id(), g.title())).toList();
		return new NoticeView(view.id(), view.kind(), view.title(), view.body(), view.sentBy(), view.sentByName(),
				view.sentAt(), view.localSent(), view.recipients(), view.units(), view.readUnits(), view.recipient(),
				view.readAt(), view.localReadAt(), files, directive, guidelines, view.groups(), view.members(),
				view.readMembers(), view.personId(), view.personName(), false);
	}

	/**
	 * @param readAt the viewer's reading of each, for notices they read
	 * @param recipient whether the viewer reads these
	 */
	private List<NoticeView> views(List<Notice> rows, Map<Long, Instant> readAt, boolean recipient) {
		UnaryOperator<String> namer = names.namer(rows.stream().map(Notice::sentBy).toList());
		Map<Long, int[]> counts = notices.counts(rows.stream().map(Notice::id).toList(), viewer.scopePattern());
		Map<Long, List<Unit>> areas = notices.areas(rows.stream().map(Notice::id).toList());
		Map<String, String> places = jurisdictions.names(areas.values().stream().flatMap(List::stream).map(Unit::code).toList());
		Map<Long, int[]> memberCounts = notices.memberCounts(rows.stream().map(Notice::id).toList(), viewer.scopePattern());
		Map<Long, List<NoticeDatabase.Group>> chosenGroups = notices.groups(rows.stream().map(Notice::id).toList());
		List<Long> personIds = rows.stream().map(Notice::personId).filter(java.util.Objects::nonNull).distinct().toList();
		Map<Long, PersonView> persons = personIds.isEmpty() ? Map.of() : people.listedViewsOf(personIds);
		return rows.stream().map(n -> {
			int[] count = counts.getOrDefault(n.id(), new int[2]);
			int[] memberCount = memberCounts.getOrDefault(n.id(), new int[2]);
			List<NoticeView.Group> toGroups = chosenGroups.getOrDefault(n.id(), List.of()).stream()
				.map(g -> new NoticeView.Group(g.id(), g.name())).toList();
			PersonView person = n.personId() == null ? null : persons.get(n.personId());
			List<NoticeView.Place> to = areas.getOrDefault(n.id(), List.of()).stream()
				.map(a -> new NoticeView.Place(a.code(), places.getOrDefault(a.code(), a.code()))).toList();
			return new NoticeView(n.id(), n.kind(), n.title(), n.body(), n.sentBy(), namer.apply(n.sentBy()), n.sentAt(),
					clock.local(n.sentAt()), to, count[0], count[1], recipient, readAt.get(n.id()),
					readAt.get(n.id()) == null ? null : clock.local(readAt.get(n.id())), List.of(), null,
					List.of(), toGroups, memberCount[0], memberCount[1], n.personId(),
					person == null || person.outsideArea() ? null : person.name(), false);
		}).toList();
	}

	private static Place place(Jurisdiction place) {
		return new Place(place.code(), place.path(), place.level());
	}

	private static Place unitPlace(Unit unit) {
		return new Place(unit.code(), unit.path(), null);
	}

	private static String fileName(String name) {
		if (blank(name)) {
			return "attachment";
		}
		// Only the last part of a path a browser may send, on one line.
		String plain = name.replace('\\', '/');
		plain = plain.substring(plain.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", " ").strip();
		return plain.isEmpty() ? "attachment" : plain.length() > FILE_NAME_LENGTH ? plain.substring(0, FILE_NAME_LENGTH) : plain;
	}

	private static String stripped(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
