package org.bastion.checkpoint;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checkpoints' figures of the daily report: the vehicles, persons, fevers, passages turned back and
 * passages referred on that were registered in the window, counted by the place of the checkpoint. A
 * passage counts in the window it was registered in ({@code passed_at}). Windows on whole hours (the cut-offs
 * of Asia/Shanghai) are read from the counts kept per checkpoint and hour ({@code checkpoint_passage_tally},
 * moved by every stored passage), others from the passages.
 */
@Component
class PassageFigures implements ReportFigureSource {

	static final String GROUP = "checkpoints";

	static final String VEHICLES = "checkpoint.vehicles";

	static final String PERSONS = "checkpoint.persons";

	static final String FEVERS = "checkpoint.fevers";

	static final String TURNED_BACK = "checkpoint.turnedBack";

	static final String REFERRALS = "checkpoint.referrals";

	private static final List<ReportFigure> FIGURES = List.of(new ReportFigure(VEHICLES, GROUP, Kind.FLOW),
			new ReportFigure(PERSONS, GROUP, Kind.FLOW), new ReportFigure(FEVERS, GROUP, Kind.FLOW),
			new ReportFigure(TURNED_BACK, GROUP, Kind.FLOW), new ReportFigure(REFERRALS, GROUP, Kind.FLOW));

	private final JdbcClient jdbc;

	PassageFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/** The kept counts' sums, named as {@link #add} reads them. */
	private static final String KEPT_SUMS = """
			SUM(t.vehicles) AS vehicles, SUM(t.persons) AS persons, SUM(t.fevers) AS fevers,
			  SUM(t.turned_back) AS turned_back, SUM(t.referrals) AS referrals""";

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		Optional<WindowBuckets> hours = WindowBuckets.of(List.of(window)).filter(WindowBuckets::onWholeHours);
		List<PlaceCount> counts = new ArrayList<>();
		if (hours.isPresent()) {
			hours.get().bind(InScope.bind(jdbc.sql("""
					SELECT c.jurisdiction_path, %s
					FROM checkpoint_passage_tally t JOIN checkpoint c ON c.id = t.checkpoint_id
					WHERE t.passed_hour >= %s AND t.passed_hour < %s AND %s
					GROUP BY c.jurisdiction_path""".formatted(KEPT_SUMS, hours.get().fromHour(), hours.get().toHour(),
					InScope.sql("c.jurisdiction_path"))), scope))
				.query(rs -> {
				add(counts, rs.getString("jurisdiction_path"), rs);
			});
			return counts;
		}
		return recount(window, scope);
	}

	/**
	 * What {@link #counts} reads from the kept counts, from the passages themselves: one pass over the window's
	 * passages, served by the scope index ({@code checkpoint_passage_scope_idx}, partial on PostgreSQL: see V120) (the field dates bound the window: a day's window
	 * lies within the day before and the day itself, or the day after for a cut-off after midnight; the instants
	 * cut it exactly). For windows off the whole hours, and for a test to compare the kept counts with.
	 */
	List<PlaceCount> recount(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>();
		InScope.bind(jdbc.sql("""
				SELECT jurisdiction_path,
				  COUNT(CASE WHEN vehicle_type <> 'ON_FOOT' THEN 1 END) AS vehicles,
				  SUM(occupant_count) AS persons,
				  SUM(fever_count) AS fevers,
				  COUNT(CASE WHEN outcome = 'TURNED_BACK' THEN 1 END) AS turned_back,
				  COUNT(CASE WHEN outcome IN ('REFERRED_OBSERVATION', 'REFERRED_FEVER_CLINIC') THEN 1 END) AS referrals
				FROM checkpoint_passage
				WHERE passed_on >= :firstDay AND passed_on <= :lastDay AND passed_at >= :from AND passed_at < :to
				  AND\s""" + InScope.sql() + " GROUP BY jurisdiction_path"), scope)
			.param("firstDay", window.date().minusDays(1))
			.param("lastDay", window.date().plusDays(1))
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query(rs -> {
				add(counts, rs.getString("jurisdiction_path"), rs);
			});
		return counts;
	}

	/** A chart's month on whole hours in one statement over the kept counts; other windows are counted one by one. */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		if (!over.onWholeHours()) {
			return false;
		}
		over.bind(InScope.bind(jdbc.sql("""
				SELECT window_index, %1$s FROM (
				  SELECT %2$s AS window_index, t.vehicles, t.persons, t.fevers, t.turned_back, t.referrals
				  FROM checkpoint_passage_tally t JOIN checkpoint c ON c.id = t.checkpoint_id
				  WHERE t.passed_hour >= %3$s AND t.passed_hour < %4$s AND %5$s
				) t GROUP BY window_index""".formatted(KEPT_SUMS, over.hourBucket("t.passed_hour"), over.fromHour(),
				over.toHour(), InScope.sql("c.jurisdiction_path"))), scope))
			.query(rs -> {
				List<PlaceCount> window = new ArrayList<>();
				add(window, "", rs);
				Map<String, Long> sums = totals.get(rs.getInt("window_index"));
				window.forEach(count -> sums.merge(count.figure(), count.count(), Long::sum));
			});
		return true;
	}

	/** The five figures of a row of sums, those above zero. */
	private static void add(List<PlaceCount> counts, String path, java.sql.ResultSet rs) throws java.sql.SQLException {
		add(counts, path, VEHICLES, rs.getLong("vehicles"));
		add(counts, path, PERSONS, rs.getLong("persons"));
		add(counts, path, FEVERS, rs.getLong("fevers"));
		add(counts, path, TURNED_BACK, rs.getLong("turned_back"));
		add(counts, path, REFERRALS, rs.getLong("referrals"));
	}

	private static void add(List<PlaceCount> counts, String path, String figure, long n) {
		if (n > 0) {
			counts.add(new PlaceCount(path, figure, n));
		}
	}
}
