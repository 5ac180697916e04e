package org.bastion.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The port through which a module puts its countable facts into the daily reports: arrivals by origin,
 * observation orders, fevers, cases, list entries by verification, households visited, later checkpoints'
 * passages and supplies issued. Each module implements it in its own package, counting only its own
 * tables, and joins the reports by being one more bean of this type; the reporting module asks every
 * source, sums the counts up the tree on read and never reads another module's tables, so a new module
 * adds its figures without touching reporting.
 */
public interface ReportFigureSource {

	/** The figures this source counts, in the order a report lists them. */
	List<ReportFigure> figures();

	/**
	 * The source's counts for one report window, within a scope.
	 *
	 * @param scope a scope pattern to bind with {@link InScope}: records outside it are left out
	 * @return one count per place and figure, grouped by the records' own jurisdiction path (any depth:
	 * reporting sums them into villages, townships and the county); a place and figure without records may
	 * be left out, it reads as zero
	 */
	List<PlaceCount> counts(ReportWindow window, String scope);

	/**
	 * The source's totals within a scope for each of several windows, in the order given: a chart's history.
	 * Each window's totals are the sums of its {@link #counts}, by figure. The default asks {@link #counts}
	 * once per window, unless the source counts them in one pass ({@link #countOver}).
	 *
	 * @return one map of figure to total per window (a figure without records may be left out)
	 */
	default List<Map<String, Long>> totals(List<ReportWindow> windows, String scope) {
		Optional<WindowBuckets> buckets = WindowBuckets.of(windows);
		if (buckets.isPresent()) {
			List<Map<String, Long>> counted = buckets.get().empty();
			if (countOver(buckets.get(), scope, counted)) {
				return counted;
			}
		}
		List<Map<String, Long>> totals = new ArrayList<>();
		for (ReportWindow window : windows) {
			Map<String, Long> sums = new HashMap<>();
			for (PlaceCount count : counts(window, scope)) {
				sums.merge(count.figure(), count.count(), Long::sum);
			}
			totals.add(sums);
		}
		return totals;
	}

	/**
	 * Counts windows that follow each other in one pass over the records, adding each window's totals into
	 * {@code totals} (one map per window, by bucket): for a source whose records would be read again for
	 * every window, the stocks above all (what stands at each window's end).
	 *
	 * @return false when the source has no such pass: {@link #totals} then asks {@link #counts} per window
	 */
	default boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		return false;
	}

	/**
	 * The page that lists the records behind one of this source's figures at a place over a window (a list
	 * filtered by area and dates), for the dashboard's numbers to open; null when no page lists them.
	 */
	default String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		return null;
	}

	/**
	 * The reporting units this source keeps besides the areas of the tree (an isolation site, later a
	 * checkpoint): each reports its own figures, those whose {@link PlaceCount#unit} is its reference.
	 */
	default List<ReportingUnit> units(String scope) {
		return List.of();
	}

	/**
	 * A figure of the daily report.
	 *
	 * @param key a stable key, {@code <module>.<figure>} ({@code arrivals.fromWuhan}); the page names it with
	 * the message {@code figure.<key>}, and an export maps the key to another system's data element
	 * @param group the report's section the figure sits in ({@code arrivals}, {@code observation}, …), named
	 * by the message {@code figure.group.<group>}
	 * @param kind whether it counts what happened in the window or what stands at its end
	 */
	record ReportFigure(String key, String group, Kind kind) {

		public ReportFigure {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(group, "group");
			Objects.requireNonNull(kind, "kind");
		}

		/** What a count of the figure means over a window. */
		public enum Kind {
			/** Happened inside the window: new arrivals, new orders, fevers reported. A zero report has none. */
			FLOW,
			/** Stands at the window's end: under observation now, cases in care. */
			STOCK
		}

		/** The figures of a source that count what happened in the window. */
		public static Set<String> flows(List<ReportFigure> figures) {
			return figures.stream().filter(f -> f.kind() == Kind.FLOW).map(ReportFigure::key)
				.collect(Collectors.toUnmodifiableSet());
		}
	}

	/**
	 * The counts of one figure at one place.
	 *
	 * @param path the records' jurisdiction path, as stored
	 * @param unit the reference of the {@link ReportingUnit} the records belong to ({@code site:12}), or null
	 * for records of the area itself; either way the count also rolls up into the areas above {@code path}
	 */
	record PlaceCount(String path, String unit, String figure, long count) {

		public PlaceCount {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(figure, "figure");
		}

		public PlaceCount(String path, String figure, long count) {
			this(path, null, figure, count);
		}
	}

	/**
	 * A reporting unit that is not an area: an isolation site, a checkpoint.
	 *
	 * @param ref its reference, {@code <kind>:<id>} ({@code site:12})
	 * @param kind {@code SITE}, {@code CHECKPOINT}, named by the message {@code report.unitKind.<kind>}
	 * @param path the area it sits in: it reports to that area's township
	 */
	record ReportingUnit(String ref, String kind, String name, String path) {

		public ReportingUnit {
			Objects.requireNonNull(ref, "ref");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(path, "path");
		}
	}

	/**
	 * The window a daily report covers: from the cut-off of the day before to the cut-off of its date (16:00
	 * to 16:00 by default), as instants; a record belongs to the window when {@code from <= t < to}.
	 *
	 * @param date the report's date, the day whose cut-off ends the window
	 */
	record ReportWindow(LocalDate date, Instant from, Instant to) {

		public ReportWindow {
			Objects.requireNonNull(date, "date");
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("A report window must end after it starts: " + from + " " + to);
			}
		}

		public boolean contains(Instant instant) {
			return !instant.isBefore(from) && instant.isBefore(to);
		}
	}
}
