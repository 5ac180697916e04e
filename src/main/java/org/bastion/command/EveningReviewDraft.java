package org.bastion.command;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.bastion.command.EveningReviewFigures.Alerts;
import org.bastion.command.EveningReviewFigures.Reports;
import org.bastion.command.EveningReviewFigures.TaskFacts;
import org.bastion.command.EveningReviewFigures.TaskLine;

/**
 * The evening review's draft (晚研判): the day's figures written out as the sections of a work log, for the HQ
 * to correct and complete before it saves the log. A pure function of the figures and the words of the
 * user's language: the same day drafts the same text.
 */
final class EveningReviewDraft {

	/** The tasks a section names one by one; the rest are counted. */
	static final int TASKS_NAMED = 30;

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	/** The words of the draft: a message of the bundles with its arguments. */
	@FunctionalInterface
	interface Words {
		String text(String key, Object... arguments);
	}

	private EveningReviewDraft() {
	}

	static WorkLogText draft(EveningReviewFigures figures, Words words) {
		return new WorkLogText(fit(reports(figures, words)), fit(alerts(figures.alerts(), words)),
				fit(tasks(figures.tasks(), words)), fit(assessment(figures, words)));
	}

	static String reports(EveningReviewFigures figures, Words words) {
		Reports reports = figures.reports();
		List<String> lines = new ArrayList<>();
		if (reports.expected() == 0) {
			lines.add(words.text("review.reports.none", figures.placeName()));
		}
		else {
			lines.add(words.text("review.reports.tally", figures.placeName(), reports.expected(), reports.reported(),
					reports.late(), reports.zero()));
			if (reports.missing() == 0) {
				lines.add(words.text("review.reports.complete"));
			}
			else {
				String names = String.join(words.text("review.separator"), reports.missingUnits());
				lines.add(reports.moreMissing() > 0
						? words.text("review.reports.missingMore", reports.missing(), names, reports.moreMissing())
						: words.text("review.reports.missing", reports.missing(), names));
			}
		}
		if (reports.figures().isEmpty()) {
			lines.add(words.text("review.figures.none"));
		}
		else {
			List<String> parts = reports.figures()
				.stream()
				.map(f -> words.text("review.figure", words.text("figure." + f.key()), f.value()))
				.toList();
			lines.add(words.text("review.figures", String.join(words.text("review.separator"), parts)));
		}
		return String.join("\n", lines);
	}

	static String alerts(Alerts alerts, Words words) {
		List<String> lines = new ArrayList<>();
		if (alerts.newFevers() != null || alerts.open() != null) {
			lines.add(words.text("review.alerts.fevers", nought(alerts.newFevers()), nought(alerts.open())));
		}
		if (alerts.checkpointFevers() != null) {
			lines.add(words.text("review.alerts.checkpoints", alerts.checkpointFevers()));
		}
		if (lines.isEmpty()) {
			lines.add(words.text("review.alerts.unknown"));
		}
		else if (nought(alerts.open()) == 0 && nought(alerts.newFevers()) == 0 && nought(alerts.checkpointFevers()) == 0) {
			lines.add(words.text("review.alerts.calm"));
		}
		return String.join("\n", lines);
	}

	static String tasks(TaskFacts tasks, Words words) {
		List<String> lines = new ArrayList<>();
		lines.add(words.text("review.tasks.tally", tasks.dispatched(), tasks.done().size(), tasks.refused().size(),
				tasks.overdue().size()));
		listed(lines, "review.tasks.done", tasks.done(), words, t -> t.note() == null
				? words.text("review.task.holder", t.title(), t.holder())
				: words.text("review.task.note", t.title(), t.holder(), t.note()));
		listed(lines, "review.tasks.overdue", tasks.overdue(), words,
				t -> words.text("review.task.due", t.title(), t.holder(), DUE.format(t.due())));
		listed(lines, "review.tasks.refused", tasks.refused(), words, t -> t.note() == null
				? words.text("review.task.holder", t.title(), t.holder())
				: words.text("review.task.note", t.title(), t.holder(), t.note()));
		return String.join("\n", lines);
	}

	/** What to follow up, by rule: the reports missing, the alerts open, the tasks overdue or refused. */
	static String assessment(EveningReviewFigures figures, Words words) {
		List<String> points = new ArrayList<>();
		if (figures.reports().missing() > 0) {
			points.add(words.text("review.next.reports", figures.reports().missing()));
		}
		if (nought(figures.alerts().open()) > 0) {
			points.add(words.text("review.next.alerts", figures.alerts().open()));
		}
		if (nought(figures.alerts().checkpointFevers()) > 0) {
			points.add(words.text("review.next.checkpoints", figures.alerts().checkpointFevers()));
		}
		if (!figures.tasks().overdue().isEmpty()) {
			points.add(words.text("review.next.overdue", figures.tasks().overdue().size()));
		}
		if (!figures.tasks().refused().isEmpty()) {
			points.add(words.text("review.next.refused", figures.tasks().refused().size()));
		}
		List<String> lines = new ArrayList<>();
		lines.add(words.text("review.next.title"));
		if (points.isEmpty()) {
			lines.add(words.text("review.next.calm"));
		}
		for (int i = 0; i < points.size(); i++) {
			lines.add((i + 1) + ". " + points.get(i));
		}
		return String.join("\n", lines);
	}

	private static void listed(List<String> lines, String heading, List<TaskLine> tasks, Words words,
			java.util.function.Function<TaskLine, String> line) {
		if (tasks.isEmpty()) {
			return;
		}
		lines.add(words.text(heading));
		for (int i = 0; i < Math.min(TASKS_NAMED, tasks.size()); i++) {
			lines.add((i + 1) + ". " + line.apply(tasks.get(i)));
		}
		if (tasks.size() > TASKS_NAMED) {
			lines.add(words.text("review.tasks.more", tasks.size() - TASKS_NAMED));
		}
	}

	private static long nought(Long value) {
		return value == null ? 0 : value;
	}

	/** A section cut to what a log keeps, so that a day of hundreds of tasks still drafts a log that saves. */
	private static String fit(String text) {
		return text.length() <= WorkLogText.SECTION_LENGTH ? text : text.substring(0, WorkLogText.SECTION_LENGTH - 1) + "…";
	}
}
