package org.bastion.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.command.EveningReviewFigures.Alerts;
import org.bastion.command.EveningReviewFigures.Figure;
import org.bastion.command.EveningReviewFigures.Reports;
import org.bastion.command.EveningReviewFigures.TaskFacts;
import org.bastion.command.EveningReviewFigures.TaskLine;
import org.bastion.command.WorkLogDatabase.DayTask;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.reporting.ReportDigest;
import org.bastion.reporting.ReportDigests;
import org.bastion.shared.AccountNames;
import org.bastion.shared.FieldClock;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evening review (晚研判) of township and county HQ: the day's figures of their area gathered from the
 * daily reports (through reporting's digest, which sums every module's figures) and the tasks, drafted into a
 * work log by {@link EveningReviewDraft} in the reader's language, beside the log saved for the day if any.
 */
@Service
@Transactional(readOnly = true)
class EveningReviews {

	/** Fever alerts raised in the window, open alerts at its end, fevers at the checkpoints: the alerts section's. */
	static final String NEW_FEVERS = "observation.fevers";

	static final String OPEN_ALERTS = "observation.alertsOpen";

	static final String CHECKPOINT_FEVERS = "checkpoint.fevers";

	private static final Set<String> ALERT_FIGURES = Set.of(NEW_FEVERS, OPEN_ALERTS, CHECKPOINT_FEVERS);

	/** The most tasks of each kind a review reads. */
	static final int TASK_LIMIT = 500;

	private final WorkLogDatabase database;

	private final WorkLogs logs;

	private final ReportDigests reports;

	private final Jurisdictions jurisdictions;

	private final AccountNames names;

	private final FieldClock clock;

	private final MessageSource messages;

	EveningReviews(WorkLogDatabase database, WorkLogs logs, ReportDigests reports, Jurisdictions jurisdictions,
			AccountNames names, FieldClock clock, MessageSource messages) {
		this.database = database;
		this.logs = logs;
		this.reports = reports;
		this.jurisdictions = jurisdictions;
		this.names = names;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The review of a day (today when null, never one to come) of a place of the viewer's area (their own when
	 * blank): its figures, the draft in {@code locale}, and the saved log.
	 */
	@PreAuthorize(DispatchSheets.READERS)
	EveningReviewView review(String code, LocalDate asked, Locale locale) {
		Jurisdiction place = WorkLogs.place(jurisdictions, code);
		LocalDate date = WorkLogs.day(clock, asked);
		EveningReviewFigures figures = figures(place, date);
		WorkLogText draft = EveningReviewDraft.draft(figures, (key, args) -> messages.getMessage(key, args, key, locale));
		return new EveningReviewView(place.code(), place.name(), date, figures, draft,
				logs.saved(place.code(), date).orElse(null));
	}

	EveningReviewFigures figures(Jurisdiction place, LocalDate date) {
		ReportDigest digest = reports.of(place.code(), date);
		List<Figure> shown = digest.figures()
			.stream()
			.filter(f -> f.value() != 0 && !ALERT_FIGURES.contains(f.key()))
			.map(f -> new Figure(f.key(), f.value()))
			.toList();
		Reports day = new Reports(digest.expected(), digest.reported(), digest.late(), digest.zero(),
				digest.missingUnits(), digest.moreMissing(), shown);
		Alerts alerts = new Alerts(digest.value(NEW_FEVERS), digest.value(OPEN_ALERTS), digest.value(CHECKPOINT_FEVERS));
		String scope = place.path().likePattern();
		Instant from = clock.startOf(date);
		Instant to = clock.endOf(date);
		Instant now = clock.instant();
		List<DayTask> closed = database.closedIn(scope, from, to, TASK_LIMIT);
		List<DayTask> overdue = database.overdueBy(scope, now.isBefore(to) ? now : to, TASK_LIMIT);
		List<DayTask> all = Stream.concat(closed.stream(), overdue.stream()).toList();
		UnaryOperator<String> namer = names.namer(all.stream()
			.flatMap(t -> Stream.of(t.assigneeUsername(), t.closedBy()))
			.toList());
		Map<String, String> places = jurisdictions.names(all.stream().map(DayTask::jurisdictionCode).distinct().toList());
		java.util.function.Function<DayTask, TaskLine> line = t -> new TaskLine(t.title(),
				t.assigneeUsername() != null ? namer.apply(t.assigneeUsername())
						: places.getOrDefault(t.jurisdictionCode(), t.jurisdictionCode()),
				clock.local(t.dueAt()), t.note());
		TaskFacts tasks = new TaskFacts(database.countDispatched(scope, from, to),
				closed.stream().filter(t -> t.status() == TaskStatus.DONE).map(line).toList(),
				closed.stream().filter(t -> t.status() == TaskStatus.REFUSED).map(line).toList(),
				overdue.stream().map(line).toList());
		return new EveningReviewFigures(digest.placeName(), date, day, alerts, tasks);
	}
}
