package org.bastion.checkpoint;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checkpoints' figures of the daily report: the vehicles, persons, fevers, passages turned back and
 * passages referred on that were registered in the window, counted by the place of the checkpoint. A
 * passage counts in the window it was registered in ({@code passed_at}).
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

	/**
	 * One pass over the window's passages, served by {@code checkpoint_passage_path_idx}: the field dates
	 * bound the window (a day's window lies within the day before and the day itself, or the day after for
	 * a cut-off after midnight), the instants cut it exactly.
	 */
	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
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
				String path = rs.getString("jurisdiction_path");
				add(counts, path, VEHICLES, rs.getLong("vehicles"));
				add(counts, path, PERSONS, rs.getLong("persons"));
				add(counts, path, FEVERS, rs.getLong("fevers"));
				add(counts, path, TURNED_BACK, rs.getLong("turned_back"));
				add(counts, path, REFERRALS, rs.getLong("referrals"));
			});
		return counts;
	}

	private static void add(List<PlaceCount> counts, String path, String figure, long n) {
		if (n > 0) {
			counts.add(new PlaceCount(path, figure, n));
		}
	}
}
