package org.bastion.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bastion.command.WorkLogDatabase.StoredLog;
import org.bastion.command.WorkLogDatabase.StoredVersion;
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
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.LikePatterns;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HQ's work logs (工作日志): one per place and day, saved from the evening review; a save names the version
 * it edited, so that a save over a newer one is refused instead of losing it, and every save is kept as a
 * version of its own. Searchable by date and by text, within the viewer's area.
 */
@Service
@Transactional(readOnly = true)
class WorkLogs {

	static final String WORK_LOG = "workLog";

	/** The longest search text. */
	static final int QUERY_LENGTH = 100;

	static final int EXCERPT_LENGTH = 80;

	private final WorkLogDatabase database;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AccountNames names;

	private final FieldClock clock;

	private final AuditTrail audit;

	WorkLogs(WorkLogDatabase database, Jurisdictions jurisdictions, CurrentViewer viewer, AccountNames names,
			FieldClock clock, AuditTrail audit) {
		this.database = database;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.names = names;
		this.clock = clock;
		this.audit = audit;
	}

	/** A place of the viewer's area by its code, or their own area (the top of the tree for the whole deployment). */
	static Jurisdiction place(Jurisdictions jurisdictions, String code) {
		if (code != null && !code.isBlank()) {
			return jurisdictions.visible(code.strip());
		}
		List<Jurisdiction> tops = jurisdictions.tops();
		if (tops.size() != 1) {
			throw new InvalidInputException(new FieldViolation("jurisdiction", "required", "worklog.jurisdiction.required"));
		}
		return tops.getFirst();
	}

	/**
	 * The day a review or a log is of: today when null, never a day still to come.
	 *
	 * @throws InvalidInputException {@code date} after today
	 */
	static LocalDate day(FieldClock clock, LocalDate asked) {
		LocalDate today = clock.today();
		if (asked == null) {
			return today;
		}
		if (asked.isAfter(today)) {
			throw new InvalidInputException(new FieldViolation("date", "notFuture", "worklog.date.future", today));
		}
		return asked;
	}

	/** The saved log of a place and day, or empty; used by the review page to show it beside the draft. */
	@PreAuthorize(DispatchSheets.READERS)
	Optional<WorkLogView> saved(String code, LocalDate date) {
		Jurisdiction place = place(jurisdictions, code);
		return database.find(place.code(), day(clock, date)).map(log -> view(log, place.name(), null));
	}

	/**
	 * The saved log of a place and day, its current version or the one asked for.
	 *
	 * @throws NotFoundException {@code workLog} when none is saved for that day (or no such version)
	 */
	@PreAuthorize(DispatchSheets.READERS)
	WorkLogView find(String code, LocalDate date, Integer version) {
		Jurisdiction place = place(jurisdictions, code);
		StoredLog log = database.find(place.code(), day(clock, date)).orElseThrow(() -> new NotFoundException(WORK_LOG));
		return view(log, place.name(), version);
	}

	/**
	 * Saves the sections as the log's next version (its first when the day has none); the same client id again
	 * answers the first save and stores nothing.
	 *
	 * @throws InvalidInputException naming each section too long, all of them blank, or a day still to come
	 * @throws ConflictException {@code worklog.version.stale} when {@code version} is not the log's current one,
	 *         with the current log as the existing record
	 */
	@Transactional
	@PreAuthorize(Roles.AREA_MANAGERS)
	WorkLogView save(WorkLogSave request) {
		String clientId = Idempotency.stored(request.clientId(), "worklog.clientId.shape");
		Optional<WorkLogView> earlier = replay(clientId);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		List<FieldViolation> problems = problems(request);
		Jurisdiction place = place(jurisdictions, request.jurisdiction());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		viewer.requireWritable(place.path());
		LocalDate date = day(clock, request.date());
		int edited = request.version() == null ? 0 : request.version();
		Optional<StoredLog> stored = database.find(place.code(), date);
		long logId;
		int next;
		if (stored.isEmpty()) {
			if (edited != 0) {
				throw stale(place, date, edited);
			}
			Optional<Long> inserted = BehindSavepoint.insertUnlessTaken(() -> database.insertLog(place.code(), place.path(), date));
			if (inserted.isEmpty()) {
				// Someone saved the day's first version meanwhile: the same save retried, or one this edited nothing of.
				return replayOrStale(clientId, place, date, edited);
			}
			logId = inserted.get();
			next = 1;
		}
		else {
			StoredLog log = stored.get();
			if (log.version() != edited || !database.advance(log.id(), edited)) {
				return replayOrStale(clientId, place, date, edited);
			}
			logId = log.id();
			next = edited + 1;
		}
		String by = viewer.get().username();
		Optional<Boolean> versioned = BehindSavepoint.insertUnlessTaken(() -> {
			database.insertVersion(logId, next, clientId, request.text(), by, clock.instant());
			return true;
		});
		if (versioned.isEmpty()) {
			// The same client id was stored by a save that committed between our look-up and this insert.
			throw new ConflictException("worklog.clientId.taken", null);
		}
		audit.record(next == 1 ? AuditAction.CREATE : AuditAction.UPDATE, WORK_LOG + ":" + logId,
				place.code() + " " + date + " v" + next);
		return view(database.byId(logId).orElseThrow(), place.name(), null);
	}

	/** What is wrong with a save on its own: sections too long, or none written. */
	List<FieldViolation> problems(WorkLogSave request) {
		List<FieldViolation> problems = new ArrayList<>();
		WorkLogText text = request.text();
		for (String section : WorkLogText.SECTIONS) {
			String value = text.section(section);
			if (value != null && value.length() > WorkLogText.SECTION_LENGTH) {
				problems.add(new FieldViolation(section, "size", "worklog.text.size", WorkLogText.SECTION_LENGTH));
			}
		}
		if (text.blank()) {
			problems.add(new FieldViolation("assessment", "required", "worklog.text.required"));
		}
		if (request.version() != null && request.version() < 0) {
			problems.add(new FieldViolation("version", "min", "worklog.version.shape"));
		}
		if (request.date() != null && request.date().isAfter(clock.today())) {
			problems.add(new FieldViolation("date", "notFuture", "worklog.date.future", clock.today()));
		}
		return problems;
	}

	/**
	 * The logs of a place of the viewer's area (their whole area when blank) between two dates, whose text
	 * holds {@code query} (any when blank), the newest day first, a page at a time.
	 */
	@PreAuthorize(DispatchSheets.READERS)
	Slice<WorkLogListing> search(String code, String query, LocalDate from, LocalDate to, String cursor,
			Integer limit) {
		List<FieldViolation> problems = new ArrayList<>();
		String q = query == null || query.isBlank() ? null : query.strip();
		if (q != null && q.length() > QUERY_LENGTH) {
			problems.add(new FieldViolation("q", "size", "worklog.query.size", QUERY_LENGTH));
		}
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new FieldViolation("to", "afterFrom", "worklog.range.order"));
		}
		LocalDate afterDate = null;
		Long afterId = null;
		if (cursor != null && !cursor.isBlank()) {
			String[] parts = cursor.strip().split("\\.", 2);
			try {
				afterDate = LocalDate.parse(parts[0]);
				afterId = Long.parseLong(parts[1]);
			}
			catch (RuntimeException e) {
				problems.add(new FieldViolation("cursor", "shape", "worklog.cursor.invalid"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int size = PageRequest.size(limit, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
		String scope = code == null || code.isBlank() ? viewer.scopePattern() : jurisdictions.scopePattern(code);
		String like = q == null ? null : "%" + LikePatterns.escaped(q.toLowerCase(Locale.ROOT)) + "%";
		List<StoredLog> rows = database.search(scope, from, to, like, afterDate, afterId, size + 1);
		UnaryOperator<String> namer = names.namer(rows.stream().map(StoredLog::savedBy).toList());
		Map<String, String> places = jurisdictions.names(rows.stream().map(StoredLog::jurisdictionCode).distinct().toList());
		List<WorkLogListing> listed = rows.stream()
			.map(l -> new WorkLogListing(l.id(), l.jurisdictionCode(), places.getOrDefault(l.jurisdictionCode(),
					l.jurisdictionCode()), l.date(), l.version(), l.savedBy(), namer.apply(l.savedBy()), l.savedAt(),
					l.text().excerpt(EXCERPT_LENGTH)))
			.toList();
		return Slice.of(listed, size, l -> l.date() + "." + l.id());
	}

	/** The log a repeated client id saved, answered as the first time, if the viewer may see it. */
	private Optional<WorkLogView> replay(String clientId) {
		if (clientId == null) {
			return Optional.empty();
		}
		return database.versionByClientId(clientId).flatMap(v -> database.byId(v.logId())).map(log -> {
			viewer.requireVisible(log.path(), WORK_LOG);
			return view(log, jurisdictions.names(List.of(log.jurisdictionCode())).get(log.jurisdictionCode()), null)
				.asReplay();
		});
	}

	/** A save that lost to another: the first answer when it was the same save retried, else refused as stale. */
	private WorkLogView replayOrStale(String clientId, Jurisdiction place, LocalDate date, int edited) {
		return replay(clientId).orElseThrow(() -> stale(place, date, edited));
	}

	private ConflictException stale(Jurisdiction place, LocalDate date, int edited) {
		WorkLogView current = database.find(place.code(), date).map(log -> view(log, place.name(), null)).orElse(null);
		return new ConflictException("worklog.version.stale", current, edited, current == null ? 0 : current.current());
	}

	private WorkLogView view(StoredLog log, String placeName, Integer asked) {
		List<StoredVersion> versions = database.versions(log.id());
		UnaryOperator<String> namer = names.namer(versions.stream().map(StoredVersion::savedBy).toList());
		List<WorkLogView.Version> kept = versions.stream()
			.map(v -> new WorkLogView.Version(v.version(), v.savedBy(), namer.apply(v.savedBy()), v.savedAt(), v.text()))
			.toList();
		int shown = asked == null ? log.version() : asked;
		WorkLogView.Version version = kept.stream()
			.filter(v -> v.version() == shown)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(WORK_LOG));
		return new WorkLogView(log.id(), log.jurisdictionCode(), placeName, log.date(), shown, log.version(),
				version.text(), version.savedBy(), version.savedByName(), version.savedAt(), kept, false);
	}
}
