package org.bastion.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Report windows that follow each other without a gap and are all as long (a day each, where the zone
 * keeps no summer time), numbered from 0 so that one statement can count many windows at once: the
 * window a timestamp falls in is arithmetic on it, written once here for every source's history.
 * Timestamps before the first window are in bucket -1, from the last window's end on in {@link #size()}.
 */
public final class WindowBuckets {

	private static final String FROM = "bucketsFrom";

	private static final String TO = "bucketsTo";

	private static final String EPOCH = "bucketsEpoch";

	private static final String LENGTH = "bucketsLength";

	private static final String FROM_HOUR = "bucketsFromHour";

	private static final String TO_HOUR = "bucketsToHour";

	private static final long HOUR = 3600;

	private final List<ReportWindow> windows;

	private final long seconds;

	private WindowBuckets(List<ReportWindow> windows, long seconds) {
		this.windows = List.copyOf(windows);
		this.seconds = seconds;
	}

	/** The windows as buckets; empty when they are none, leave gaps, overlap or differ in length. */
	public static Optional<WindowBuckets> of(List<ReportWindow> windows) {
		if (windows.isEmpty()) {
			return Optional.empty();
		}
		Duration length = Duration.between(windows.getFirst().from(), windows.getFirst().to());
		for (int i = 0; i < windows.size(); i++) {
			ReportWindow window = windows.get(i);
			boolean follows = i == 0 || window.from().equals(windows.get(i - 1).to());
			if (!follows || !Duration.between(window.from(), window.to()).equals(length) || length.toNanos() % 1_000_000_000 != 0) {
				return Optional.empty();
			}
		}
		return Optional.of(new WindowBuckets(windows, length.toSeconds()));
	}

	public int size() {
		return windows.size();
	}

	public ReportWindow window(int bucket) {
		return windows.get(bucket);
	}

	/**
	 * The bucket of a timestamp column, as an integer expression; bind with {@link #bind}. The column is the
	 * source's own text, never input. The seconds are divided as doubles: H2 divides a whole NUMERIC to a
	 * whole, rounded, result (0.67 of a day became day 1); a double holds epoch microseconds exactly.
	 */
	public String bucket(String column) {
		return "CASE WHEN " + column + " < :" + FROM + " THEN -1 WHEN " + column + " >= :" + TO + " THEN " + size()
				+ " ELSE CAST(FLOOR((CAST(EXTRACT(EPOCH FROM " + column + ") AS DOUBLE PRECISION) - :" + EPOCH + ") / :"
				+ LENGTH + ") AS INTEGER) END";
	}

	/**
	 * True when every window starts and ends on a whole hour (UTC): counts kept by the hour then fall in the
	 * windows as their records do ({@link #hourBucket}). A cut-off at a whole hour of a zone whose offset is
	 * whole hours gives such windows.
	 */
	public boolean onWholeHours() {
		return windows.getFirst().from().getEpochSecond() % HOUR == 0 && windows.getFirst().from().getNano() == 0
				&& seconds % HOUR == 0;
	}

	/**
	 * The bucket of a column holding an hour as whole hours since the epoch ({@link #hour}), as {@link #bucket}
	 * is of a timestamp; only for windows {@link #onWholeHours on whole hours}, whose bucket is then the one
	 * of every instant of that hour.
	 */
	public String hourBucket(String column) {
		if (!onWholeHours()) {
			throw new IllegalStateException("The windows do not start on whole hours");
		}
		return "CASE WHEN " + column + " < :" + FROM_HOUR + " THEN -1 WHEN " + column + " >= :" + TO_HOUR + " THEN "
				+ size() + " ELSE CAST((" + column + " * " + HOUR + " - :" + EPOCH + ") / :" + LENGTH + " AS INTEGER) END";
	}

	/** The hour of an instant as whole hours since the epoch, the key of counts kept by the hour. */
	public static long hour(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), HOUR);
	}

	/** {@code :bucketsFromHour}, the hour the first window starts at, for a range predicate on an hour column. */
	public String fromHour() {
		return ":" + FROM_HOUR;
	}

	/** {@code :bucketsToHour}, the hour the last window ends at, for a range predicate on an hour column. */
	public String toHour() {
		return ":" + TO_HOUR;
	}

	/** {@code :bucketsFrom} and {@code :bucketsTo}, the first window's start and the last one's end, for a range predicate. */
	public String from() {
		return ":" + FROM;
	}

	public String to() {
		return ":" + TO;
	}

	public StatementSpec bind(StatementSpec statement) {
		return statement.param(FROM, windows.getFirst().from().atOffset(ZoneOffset.UTC))
			.param(TO, windows.getLast().to().atOffset(ZoneOffset.UTC))
			.param(EPOCH, windows.getFirst().from().getEpochSecond())
			.param(LENGTH, seconds)
			.param(FROM_HOUR, Math.floorDiv(windows.getFirst().from().getEpochSecond(), HOUR))
			.param(TO_HOUR, Math.floorDiv(windows.getLast().to().getEpochSecond(), HOUR));
	}

	/** Empty totals, one map per window, to add counts into. */
	public List<Map<String, Long>> empty() {
		List<Map<String, Long>> totals = new ArrayList<>(size());
		for (int i = 0; i < size(); i++) {
			totals.add(new HashMap<>());
		}
		return totals;
	}

	/**
	 * Adds {@code count} of {@code figure} to every window from {@code first} to {@code last} (both within
	 * the windows, clamped): a record standing over those windows' ends.
	 */
	public static void addOver(List<Map<String, Long>> totals, String figure, int first, int last, long count) {
		for (int i = Math.max(first, 0); i <= Math.min(last, totals.size() - 1); i++) {
			totals.get(i).merge(figure, count, Long::sum);
		}
	}
}
