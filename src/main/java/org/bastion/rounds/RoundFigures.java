package org.bastion.rounds;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The screening rounds' figures of the daily report: households screened at their door in the window
 * (someone answered; nobody home or a refusal is not a visit) and the returnees those visits found, as the
 * visits record them. A household counts by its visit's last screening ({@code visited_at}), in every
 * round that visited it.
 */
@Component
class RoundFigures implements ReportFigureSource {

	static final String GROUP = "rounds";

	static final String HOUSEHOLDS_VISITED = "rounds.householdsVisited";

	static final String RETURNEES_FOUND = "rounds.returneesFound";

	private static final List<ReportFigure> FIGURES = List.of(new ReportFigure(HOUSEHOLDS_VISITED, GROUP, Kind.FLOW),
			new ReportFigure(RETURNEES_FOUND, GROUP, Kind.FLOW));

	private final JdbcClient jdbc;

	RoundFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/** The screening rounds of the viewer's area, with their coverage per area. */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		return "/rounds";
	}

	/**
	 * A chart's month of visits in one statement, by the window each visit was made in: for windows on whole
	 * hours from the place's kept counts ({@code household_visit_tally}, a row per hour), else from the visits.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		Optional<JurisdictionPath> place = SubtreeTally.node(scope);
		if (over.onWholeHours() && place.isPresent()) {
			over.bind(jdbc.sql("""
					SELECT visited, figure, SUM(n) AS n FROM (
					  SELECT %1$s AS visited, figure, n FROM household_visit_tally
					  WHERE jurisdiction_path = :place AND visited_hour >= %2$s AND visited_hour < %3$s
					) bucketed GROUP BY visited, figure HAVING SUM(n) <> 0""".formatted(over.hourBucket("visited_hour"),
					over.fromHour(), over.toHour())))
				.param("place", place.get().value())
				.query(rs -> {
					String figure = VisitDatabase.HOUSEHOLDS.equals(rs.getString("figure")) ? HOUSEHOLDS_VISITED : RETURNEES_FOUND;
					totals.get(rs.getInt("visited")).put(figure, rs.getLong("n"));
				});
			return true;
		}
		over.bind(InScope.bind(jdbc.sql("""
				SELECT visited, COUNT(*) AS households, COALESCE(SUM(returnees), 0) AS returnees FROM (
				  SELECT %2$s AS visited, returnees FROM household_visit
				  WHERE visited_at >= %3$s AND visited_at < %4$s
				    AND status IN ('VISITED_NO_RETURNEES', 'VISITED_WITH_RETURNEES') AND %1$s
				) bucketed GROUP BY visited""".formatted(InScope.sql(), over.bucket("visited_at"), over.from(), over.to())),
				scope))
			.query(rs -> {
				Map<String, Long> window = totals.get(rs.getInt("visited"));
				window.put(HOUSEHOLDS_VISITED, rs.getLong("households"));
				window.put(RETURNEES_FOUND, rs.getLong("returnees"));
			});
		return true;
	}

	/**
	 * The window's visits, read from {@code household_visit_visited_idx} (a county) or
	 * {@code household_visit_path_visited_idx} (a village), without the table.
	 */
	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("""
				SELECT jurisdiction_path, COUNT(*) AS households, COALESCE(SUM(returnees), 0) AS returnees
				FROM household_visit
				WHERE visited_at >= :from AND visited_at < :to
				  AND status IN ('VISITED_NO_RETURNEES', 'VISITED_WITH_RETURNEES') AND\s""" + InScope.sql()
				+ " GROUP BY jurisdiction_path"), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> List.of(
					new PlaceCount(rs.getString("jurisdiction_path"), HOUSEHOLDS_VISITED, rs.getLong("households")),
					new PlaceCount(rs.getString("jurisdiction_path"), RETURNEES_FOUND, rs.getLong("returnees"))))
			.list()
			.stream()
			.flatMap(List::stream)
			.filter(count -> count.count() > 0)
			.toList();
	}
}
