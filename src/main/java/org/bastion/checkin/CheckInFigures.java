package org.bastion.checkin;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff check-ins' figures of the daily report: members of the units who checked in with a fever in
 * the window, and those who checked in with symptoms but no fever, counted from the alerts a check-in
 * raises ({@code opened_at}), in the unit's place.
 */
@Component
class CheckInFigures implements ReportFigureSource {

	static final String GROUP = "checkin";

	static final String FEVERS = "checkin.fevers";

	static final String SYMPTOMS = "checkin.symptoms";

	private static final List<ReportFigure> FIGURES = List.of(new ReportFigure(FEVERS, GROUP, Kind.FLOW),
			new ReportFigure(SYMPTOMS, GROUP, Kind.FLOW));

	private final JdbcClient jdbc;

	CheckInFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/** The check-in units of the viewer's area, with their alerts. */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		return "/checkins";
	}

	/** A chart's month of alerts in one statement, by the window each was opened in. */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		over.bind(InScope.bind(jdbc.sql("SELECT kind, opened, COUNT(*) AS n FROM (SELECT kind, " + over.bucket("opened_at")
				+ " AS opened FROM checkin_alert WHERE opened_at >= " + over.from() + " AND opened_at < " + over.to()
				+ " AND " + InScope.sql() + ") bucketed GROUP BY kind, opened"), scope))
			.query(rs -> {
				totals.get(rs.getInt("opened"))
					.merge("FEVER".equals(rs.getString("kind")) ? FEVERS : SYMPTOMS, rs.getLong("n"), Long::sum);
			});
		return true;
	}

	/** The window's alerts, read from {@code checkin_alert_opened_idx}. */
	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, kind, COUNT(*) AS n FROM checkin_alert"
				+ " WHERE opened_at >= :from AND opened_at < :to AND " + InScope.sql() + " GROUP BY jurisdiction_path, kind"),
				scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"),
					"FEVER".equals(rs.getString("kind")) ? FEVERS : SYMPTOMS, rs.getLong("n")))
			.list();
	}
}
