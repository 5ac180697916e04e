package org.bastion.arrivals;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** The origin class of an arrival, in the order the classes are tried: each arrival is in one. */
	private static final String ORIGIN_CLASS = """
			CASE WHEN origin_code LIKE '4201%' THEN 'arrivals.fromWuhan'
			  WHEN origin_code LIKE '42%' THEN 'arrivals.fromHubei'
			  WHEN risk_level IN ('HIGH', 'MEDIUM') THEN 'arrivals.fromRiskAreas'
			  ELSE 'arrivals.fromElsewhere' END""";

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
	 * those registered before the first, from which each window's total so far is added up.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		long[] registered = new long[over.size()];
		over.bind(InScope.bind(jdbc.sql("""
				SELECT figure, registered, COUNT(*) AS n FROM (
				  SELECT %2$s AS figure, %3$s AS registered FROM arrival
				  WHERE registered_at >= %4$s AND registered_at < %5$s AND %1$s
				) classed GROUP BY figure, registered""".formatted(InScope.sql(), ORIGIN_CLASS,
				over.bucket("registered_at"), over.from(), over.to())), scope))
			.query(rs -> {
				int window = rs.getInt("registered");
				totals.get(window).merge(rs.getString("figure"), rs.getLong("n"), Long::sum);
				registered[window] += rs.getLong("n");
			});
		// Those registered before the first window: the kept counts less the windows' and the later ones.
		long soFar = over.bind(InScope.bind(jdbc.sql("SELECT (SELECT COALESCE(SUM(arrivals), 0) FROM arrival_tally WHERE "
				+ InScope.sql() + ") - (SELECT COUNT(*) FROM arrival WHERE registered_at >= " + over.to() + " AND "
				+ InScope.sql() + ")"), scope))
			.query(Long.class)
			.single();
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
				SELECT jurisdiction_path, figure, COUNT(*) AS n FROM (
				  SELECT jurisdiction_path, """ + ORIGIN_CLASS + """
				   AS figure FROM arrival
				  WHERE registered_at >= :from AND registered_at < :to AND\s""" + InScope.sql() + """
				) classed GROUP BY jurisdiction_path, figure"""), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), rs.getString("figure"), rs.getLong("n")))
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

}
