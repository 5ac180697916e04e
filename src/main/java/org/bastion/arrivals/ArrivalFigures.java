package org.bastion.arrivals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The arrivals' figures of the daily report: the arrivals registered in the window by where they came
 * from, and all arrivals registered up to its end. An arrival counts in the window it was registered in
 * ({@code registered_at}), not on its arrival date: a returnee found by a round weeks after coming home
 * is new to the report the day they are found, and a submitted report is not changed by a late entry.
 *
 * <p>Origins are classed in order: Wuhan (a division under 4201), the rest of Hubei (under 42), other
 * risk areas, elsewhere. "Other risk areas" are the arrivals whose risk level is high or medium: the level
 * the risk policy gave from the risk-area list on the arrival date (origin, plate or ID region), kept up
 * to date when the list changes ({@link ArrivalRiskRecomputation}), so the report and the arrival's page
 * never disagree on whether a returnee came from a risk area.
 */
@Component
class ArrivalFigures implements ReportFigureSource {

	static final String GROUP = "arrivals";

	static final String FROM_WUHAN = "arrivals.fromWuhan";

	static final String FROM_HUBEI = "arrivals.fromHubei";

	static final String FROM_RISK_AREAS = "arrivals.fromRiskAreas";

	static final String FROM_ELSEWHERE = "arrivals.fromElsewhere";

	static final String TOTAL = "arrivals.total";

	private static final List<ReportFigure> FIGURES = List.of(new ReportFigure(FROM_WUHAN, GROUP, Kind.FLOW),
			new ReportFigure(FROM_HUBEI, GROUP, Kind.FLOW), new ReportFigure(FROM_RISK_AREAS, GROUP, Kind.FLOW),
			new ReportFigure(FROM_ELSEWHERE, GROUP, Kind.FLOW), new ReportFigure(TOTAL, GROUP, Kind.STOCK));

	/**
	 * The classes of where an arrival came from, in the order they are tried, each arrival in the first that
	 * takes it: by the origin's division code (Wuhan, then the rest of Hubei), else by its risk level. Both
	 * the statements' {@code CASE} ({@link #SQL}) and the kept counts' writes ({@link #of}) are made from
	 * this list, so that what a registration counts is what a recount classes.
	 */
	enum Origin {

		WUHAN(FROM_WUHAN, "4201"), HUBEI(FROM_HUBEI, "42"),
		RISK_AREA(FROM_RISK_AREAS, null, RiskLevel.HIGH, RiskLevel.MEDIUM), ELSEWHERE(FROM_ELSEWHERE, null);

		/**
		 * An arrival's class as a statement reads it from its {@code origin_code} and {@code risk_level}: the
		 * name of its {@link Origin}.
		 */
		static final String SQL = sql();

		/** The figure of the report that counts the class. */
		final String figure;

		/** The division codes the class takes, by their first digits; null for a class by level. */
		private final String prefix;

		/** The levels the class takes when no earlier class took the origin; none for the last, which takes all. */
		private final List<RiskLevel> levels;

		Origin(String figure, String prefix, RiskLevel... levels) {
			this.figure = figure;
			this.prefix = prefix;
			this.levels = List.of(levels);
		}

		/** The class of an arrival from {@code originCode} (null when unknown) at {@code level}. */
		static Origin of(String originCode, RiskLevel level) {
			for (Origin origin : values()) {
				if (origin.prefix != null ? originCode != null && originCode.startsWith(origin.prefix)
						: origin.levels.isEmpty() || origin.levels.contains(level)) {
					return origin;
				}
			}
			throw new IllegalStateException("The last class takes every arrival");
		}

		/** The same choice in SQL: {@code LIKE} on a prefix without wildcards is its {@code startsWith}. */
		private static String sql() {
			StringJoiner when = new StringJoiner(" ", "CASE ", " END");
			for (Origin origin : values()) {
				if (origin.prefix != null) {
					when.add("WHEN origin_code LIKE '" + origin.prefix + "%' THEN '" + origin.name() + "'");
				}
				else if (!origin.levels.isEmpty()) {
					StringJoiner levels = new StringJoiner("', '", "('", "')");
					origin.levels.forEach(level -> levels.add(level.name()));
					when.add("WHEN risk_level IN " + levels + " THEN '" + origin.name() + "'");
				}
				else {
					when.add("ELSE '" + origin.name() + "'");
				}
			}
			return when.toString();
		}
	}

	private final JdbcClient jdbc;

	ArrivalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/**
	 * The arrivals list of the place: by arrival date, which is the day of the window or the day before it
	 * for nearly every arrival registered in it; for the total, the whole past year.
	 */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		LocalDate from = TOTAL.equals(figure) ? window.date().minusYears(1) : window.date().minusDays(1);
		return "/arrivals?jurisdiction=" + jurisdictionCode + "&from=" + from + "&to=" + window.date();
	}

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>(newArrivals(window, scope));
		counts.addAll(registeredByEnd(window, scope));
		return counts;
	}

	/**
	 * The month of a chart in two statements instead of two per window: the windows' arrivals by origin, and
	 * those registered before the first, from which each window's total so far is added up. For windows on
	 * whole hours both come from the place's kept counts ({@code arrival_origin_tally}, a row per class and
	 * hour), otherwise from the arrivals.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		long[] registered = new long[over.size()];
		RowCallbackHandler windows = rs -> {
			int window = rs.getInt("registered");
			totals.get(window).merge(Origin.valueOf(rs.getString("origin")).figure, rs.getLong("n"), Long::sum);
			registered[window] += rs.getLong("n");
		};
		Optional<JurisdictionPath> place = SubtreeTally.node(scope);
		String since;
		if (over.onWholeHours() && place.isPresent()) {
			over.bind(jdbc.sql("""
					SELECT origin, registered, SUM(n) AS n FROM (
					  SELECT origin_class AS origin, %1$s AS registered, n FROM arrival_origin_tally
					  WHERE jurisdiction_path = :place AND registered_hour >= %2$s AND registered_hour < %3$s
					) bucketed GROUP BY origin, registered HAVING SUM(n) <> 0""".formatted(
					over.hourBucket("registered_hour"), over.fromHour(), over.toHour())))
				.param("place", place.get().value())
				.query(windows);
			since = "SELECT COALESCE(SUM(n), 0) FROM arrival_origin_tally WHERE jurisdiction_path = :place"
					+ " AND registered_hour >= " + over.toHour();
		}
		else {
			over.bind(InScope.bind(jdbc.sql("""
					SELECT origin, registered, COUNT(*) AS n FROM (
					  SELECT %2$s AS origin, %3$s AS registered FROM arrival
					  WHERE registered_at >= %4$s AND registered_at < %5$s AND %1$s
					) classed GROUP BY origin, registered""".formatted(InScope.sql(), Origin.SQL,
					over.bucket("registered_at"), over.from(), over.to())), scope))
				.query(windows);
			since = "SELECT COUNT(*) FROM arrival WHERE registered_at >= " + over.to() + " AND " + InScope.sql();
		}
		// Those registered before the first window: the kept counts less the windows' and the later ones.
		StatementSpec before = over.bind(InScope.bind(jdbc.sql("SELECT (SELECT COALESCE(SUM(arrivals), 0) FROM arrival_tally WHERE "
				+ InScope.sql() + ") - (" + since + ")"), scope));
		if (place.isPresent()) {
			before = before.param("place", place.get().value());
		}
		long soFar = before.query(Long.class).single();
		for (long inWindow : registered) {
			soFar -= inWindow;
		}
		for (int i = 0; i < over.size(); i++) {
			soFar += registered[i];
			if (soFar > 0) {
				totals.get(i).put(TOTAL, soFar);
			}
		}
		return true;
	}

	/**
	 * Served by {@code arrival_registered_idx} for a county (a day's registrations, whatever the size of the
	 * area) and {@code arrival_path_registered_idx} for a village, without the table.
	 */
	private List<PlaceCount> newArrivals(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("""
				SELECT jurisdiction_path, origin, COUNT(*) AS n FROM (
				  SELECT jurisdiction_path, """ + Origin.SQL + """
				   AS origin FROM arrival
				  WHERE registered_at >= :from AND registered_at < :to AND\s""" + InScope.sql() + """
				) classed GROUP BY jurisdiction_path, origin"""), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), Origin.valueOf(rs.getString("origin")).figure,
					rs.getLong("n")))
			.list();
	}

	/**
	 * The arrivals registered before the window's end: the places' kept counts ({@code arrival_tally}, a
	 * row per place) less those registered since, which for a window of the last days are a few
	 * ({@code arrival_registered_idx}).
	 */
	private List<PlaceCount> registeredByEnd(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, SUM(n) AS n FROM ("
				+ "SELECT jurisdiction_path, arrivals AS n FROM arrival_tally WHERE " + InScope.sql()
				+ " UNION ALL SELECT jurisdiction_path, -1 AS n FROM arrival WHERE registered_at >= :to AND " + InScope.sql()
				+ ") registered GROUP BY jurisdiction_path HAVING SUM(n) > 0"), scope)
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), TOTAL, rs.getLong("n")))
			.list();
	}

	/** What {@link #registeredByEnd} counts, from the arrivals themselves: the kept counts must equal it. */
	List<PlaceCount> recount(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, COUNT(*) AS n FROM arrival WHERE " + InScope.sql()
				+ " AND registered_at < :to GROUP BY jurisdiction_path"), scope)
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), TOTAL, rs.getLong("n")))
			.list();
	}

	/**
	 * What {@code arrival_origin_tally} holds at a place, from the arrivals themselves: the kept counts must
	 * equal it, by the keys {@link SubtreeTally#kept} reads.
	 */
	Map<String, Long> recountOrigins(JurisdictionPath place) {
		Map<String, Long> counted = new HashMap<>();
		InScope.bind(jdbc.sql("""
				SELECT origin, registered_hour, COUNT(*) AS n FROM (
				  SELECT %2$s AS origin,
				    CAST(FLOOR(CAST(EXTRACT(EPOCH FROM registered_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS registered_hour
				  FROM arrival WHERE %1$s
				) classed GROUP BY origin, registered_hour""".formatted(InScope.sql(), Origin.SQL)), place.likePattern())
			.query(rs -> {
				counted.put(rs.getString("origin") + "|" + rs.getString("registered_hour"), rs.getLong("n"));
			});
		return counted;
	}
}
