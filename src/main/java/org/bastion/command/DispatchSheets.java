package org.bastion.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.bastion.command.WorkLogDatabase.DayTask;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AccountNames;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning dispatch list (早派工) of township and county HQ: a day's tasks in their area by the area of
 * whoever holds them, for the morning meeting, printed or on a phone.
 */
@Service
@Transactional(readOnly = true)
class DispatchSheets {

	/** Who reads the day's rhythm: HQ and the townships for their area, the leaders too. */
	static final String READERS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF', 'LEADER')";

	/** The most tasks one sheet lists: a county's day stays a printable list. */
	static final int SHEET_LIMIT = 500;

	/** How far from today a sheet may be asked for. */
	static final int DAYS_AHEAD = 30;

	private final WorkLogDatabase database;

	private final Jurisdictions jurisdictions;

	private final AccountNames names;

	private final FieldClock clock;

	DispatchSheets(WorkLogDatabase database, Jurisdictions jurisdictions, AccountNames names, FieldClock clock) {
		this.database = database;
		this.jurisdictions = jurisdictions;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * The sheet of a day (today when null) for a place of the viewer's area (their own when blank).
	 *
	 * @throws InvalidInputException {@code date} more than {@link #DAYS_AHEAD} days ahead
	 */
	@PreAuthorize(READERS)
	DispatchSheet sheet(String code, LocalDate asked) {
		LocalDate today = clock.today();
		LocalDate date = asked == null ? today : asked;
		if (date.isAfter(today.plusDays(DAYS_AHEAD))) {
			throw new InvalidInputException(new FieldViolation("date", "notFar", "dispatch.date.far", DAYS_AHEAD));
		}
		Jurisdiction place = WorkLogs.place(jurisdictions, code);
		Instant from = clock.startOf(date);
		Instant to = clock.endOf(date);
		boolean carried = !date.isBefore(today);
		List<DayTask> rows = database.dayTasks(place.path().likePattern(), from, to, carried, SHEET_LIMIT);
		UnaryOperator<String> namer = names.namer(rows.stream().map(DayTask::assigneeUsername).toList());
		Map<String, String> places = jurisdictions.names(rows.stream().map(DayTask::jurisdictionCode).distinct().toList());
		Instant now = clock.instant();
		Map<String, List<DispatchSheet.Line>> byArea = new LinkedHashMap<>();
		int done = 0;
		int overdue = 0;
		for (DayTask task : rows) {
			boolean late = task.overdue(now);
			if (task.status() == TaskStatus.DONE) {
				done++;
			}
			if (late) {
				overdue++;
			}
			byArea.computeIfAbsent(task.jurisdictionCode(), c -> new ArrayList<>())
				.add(new DispatchSheet.Line(task.id(), task.title(), task.priority(), task.status(),
						task.assigneeUsername() == null ? null : namer.apply(task.assigneeUsername()),
						clock.local(task.dueAt()), late, task.escalatedAt() != null && task.status().open(),
						task.dueAt().isBefore(from) && task.dispatchedAt().isBefore(from)));
		}
		List<DispatchSheet.Group> groups = byArea.entrySet()
			.stream()
			.map(e -> new DispatchSheet.Group(e.getKey(), places.getOrDefault(e.getKey(), e.getKey()), List.copyOf(e.getValue())))
			.toList();
		return new DispatchSheet(place.code(), place.name(), date, carried, groups, rows.size(), done, overdue, now);
	}
}
