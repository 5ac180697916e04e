package org.bastion.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the evening review (晚研判) of a place and a day is drafted from: the day's daily reports and their
 * figures, the fever alerts, the tasks done, refused and overdue. Gathered by {@link EveningReviews} from the
 * reporting module's digest and the tasks; drafted into text by {@link EveningReviewDraft}.
 */
record EveningReviewFigures(String placeName, LocalDate date, Reports reports, Alerts alerts, TaskFacts tasks) {

	/**
	 * @param figures the day's figures that are not zero, in the report's order, those of the alerts apart
	 * @param moreMissing the units missing beyond those named
	 */
	record Reports(int expected, int reported, int late, int zero, List<String> missingUnits, int moreMissing,
			List<Figure> figures) {

		Reports {
			missingUnits = List.copyOf(missingUnits);
			figures = List.copyOf(figures);
		}

		public int missing() {
			return expected - reported;
		}
	}

	/** A figure of the day by its key (labelled by {@code figure.<key>}). */
	record Figure(String key, long value) {
	}

	/**
	 * Each null when no module counts it.
	 *
	 * @param newFevers fever alerts raised in the day's report window
	 * @param open alerts standing open at its end
	 * @param checkpointFevers persons with a fever found at the checkpoints of the area
	 */
	record Alerts(Long newFevers, Long open, Long checkpointFevers) {
	}

	/**
	 * @param dispatched tasks dispatched in the day
	 * @param done tasks reported done in the day, in the order they were done
	 * @param refused tasks refused in the day
	 * @param overdue tasks past due and still open at the end of the day (or now, for today)
	 */
	record TaskFacts(long dispatched, List<TaskLine> done, List<TaskLine> refused, List<TaskLine> overdue) {

		TaskFacts {
			done = List.copyOf(done);
			refused = List.copyOf(refused);
			overdue = List.copyOf(overdue);
		}
	}

	/** A task as a line of the review: its title, who holds it (a person or a place), its due time, its note. */
	record TaskLine(String title, String holder, LocalDateTime due, String note) {
	}
}
