package org.bastion.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.FieldClock;
import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The observation figures of the daily report, for home and central (site) observation: orders made in
 * the window, orders standing at its end, orders released; fever alerts raised and alerts closed by a
 * referral to the fever clinic in the window; checks missed on the report's date.
 *
 * <p>Orders count as new by when they were made ({@code created_at}). A release is kept as a field date
 * only ({@code released_on}): an order released on the report's date counts as released on that report
 * and no longer stands at its end. A missed check is a slot of the report's date whose window has passed
 * with no reading, as the missed-checks list shows it.
 */
@Component
class ObservationFigures implements ReportFigureSource {

	static final String GROUP = "observation";

	static final String HOME_NEW = "observation.homeNew";

	static final String HOME_CURRENT = "observation.homeCurrent";

	static final String HOME_RELEASED = "observation.homeReleased";

	static final String SITE_NEW = "observation.siteNew";

	static final String SITE_CURRENT = "observation.siteCurrent";

	static final String SITE_RELEASED = "observation.siteReleased";

	static final String FEVERS = "observation.fevers";

	static final String REFERRALS = "observation.referrals";

	static final String CHECKS_MISSED = "observation.checksMissed";

	static final String ALERTS_OPEN = "observation.alertsOpen";

	private static final List<ReportFigure> FIGURES = List.of(new ReportFigure(HOME_NEW, GROUP, Kind.FLOW),
			new ReportFigure(HOME_CURRENT, GROUP, Kind.STOCK), new ReportFigure(HOME_RELEASED, GROUP, Kind.FLOW),
			new ReportFigure(SITE_NEW, GROUP, Kind.FLOW), new ReportFigure(SITE_CURRENT, GROUP, Kind.STOCK),
			new ReportFigure(SITE_RELEASED, GROUP, Kind.FLOW), new ReportFigure(FEVERS, GROUP, Kind.FLOW),
			new ReportFigure(REFERRALS, GROUP, Kind.FLOW), new ReportFigure(CHECKS_MISSED, GROUP, Kind.FLOW),
			new ReportFigure(ALERTS_OPEN, GROUP, Kind.STOCK));

	/** The columns of {@link #orders}, each the figure it counts. */
	private static final Map<String, String> ORDER_COLUMNS = Map.of("home_new", HOME_NEW, "home_current",
			HOME_CURRENT, "home_released", HOME_RELEASED, "site_new", SITE_NEW, "site_current", SITE_CURRENT,
			"site_released", SITE_RELEASED);

	private static final Map<String, String> ALERT_COLUMNS = Map.of("fevers", FEVERS, "referrals", REFERRALS);

	private final JdbcClient jdbc;

	private final FieldClock clock;

	ObservationFigures(JdbcClient jdbc, FieldClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/** The orders of the place, open or released; the open alerts for fevers; nothing lists referrals or missed checks by area. */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		return switch (figure) {
			case HOME_NEW, HOME_CURRENT, SITE_NEW, SITE_CURRENT -> "/observations?jurisdiction=" + jurisdictionCode + "&status=OPEN";
			case HOME_RELEASED, SITE_RELEASED -> "/observations?jurisdiction=" + jurisdictionCode + "&status=RELEASED";
			case FEVERS, ALERTS_OPEN -> "/alerts?jurisdiction=" + jurisdictionCode;
			default -> null;
		};
	}

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>(orders(window, scope));
		counts.addAll(alerts(window, scope));
		counts.addAll(checksMissed(window, scope));
		counts.addAll(openAlerts(window, scope));
		return counts;
	}

	/**
	 * The month of a chart in three statements instead of four per window: orders by the window they were
	 * made in and their release date, alerts by the windows they were opened and closed in, missed checks by
	 * date; what stood at each window's end is added up from those.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		ordersOver(over, scope, totals);
		alertsOver(over, scope, totals);
		checksMissedOver(over, scope, totals);
		return true;
	}

	/**
	 * The rows {@link #orders} reads for one window, read once for all: each counted into the windows it stood
	 * at. For windows on whole hours, from the place's kept counts ({@code observation_tally}, a few thousand
	 * rows for a county's season), otherwise from the orders.
	 */
	private void ordersOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		Optional<JurisdictionPath> place = SubtreeTally.node(scope);
		StatementSpec statement;
		if (over.onWholeHours() && place.isPresent()) {
			statement = over.bind(jdbc.sql("""
					SELECT kind, made, released_on, SUM(n) AS n FROM (
					  SELECT kind, %1$s AS made, released_on, n FROM observation_tally
					  WHERE jurisdiction_path = :place AND released_on >= :firstDay AND created_hour < %2$s
					) bucketed GROUP BY kind, made, released_on HAVING SUM(n) <> 0""".formatted(
					over.hourBucket("created_hour"), over.toHour())))
				.param("place", place.get().value());
		}
		else {
			statement = over.bind(InScope.bind(jdbc.sql("""
					SELECT kind, made, released_on, COUNT(*) AS n FROM (
					  SELECT kind, %2$s AS made, released_on FROM (
					    SELECT kind, created_at, CAST(NULL AS DATE) AS released_on FROM observation
					    WHERE status = 'OPEN' AND created_at < %3$s AND %1$s
					    UNION ALL
					    SELECT kind, created_at, released_on FROM observation
					    WHERE released_on >= :firstDay AND created_at < %3$s AND %1$s
					  ) standing
					) bucketed GROUP BY kind, made, released_on""".formatted(InScope.sql(), over.bucket("created_at"),
					over.to())), scope));
		}
		statement.param("firstDay", clock.dateOf(over.window(0).from()))
			.query(rs -> {
				boolean home = "HOME".equals(rs.getString("kind"));
				int made = rs.getInt("made");
				LocalDate released = rs.getObject("released_on", LocalDate.class);
				long n = rs.getLong("n");
				if (made >= 0) {
					totals.get(made).merge(home ? HOME_NEW : SITE_NEW, n, Long::sum);
				}
				for (int i = Math.max(made, 0); i < over.size(); i++) {
					LocalDate date = over.window(i).date();
					// The kept counts hold an open order as released after every date.
					if (released == null || released.isAfter(date)) {
						totals.get(i).merge(home ? HOME_CURRENT : SITE_CURRENT, n, Long::sum);
					}
					else if (released.equals(date)) {
						totals.get(i).merge(home ? HOME_RELEASED : SITE_RELEASED, n, Long::sum);
					}
				}
			});
	}

	/**
	 * What {@code observation_tally} holds at a place, from the orders themselves: the kept counts must equal
	 * it, by the keys {@link SubtreeTally#kept} reads.
	 */
	Map<String, Long> recountOrders(JurisdictionPath place) {
		Map<String, Long> counted = new HashMap<>();
		InScope.bind(jdbc.sql("""
				SELECT released_on, kind, created_hour, COUNT(*) AS n FROM (
				  SELECT COALESCE(released_on, :open) AS released_on, kind,
				    CAST(FLOOR(CAST(EXTRACT(EPOCH FROM created_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS created_hour
				  FROM observation WHERE\s""" + InScope.sql() + """
				) orders GROUP BY released_on, kind, created_hour"""), place.likePattern())
			.param("open", ObservationDatabase.STILL_OPEN)
			.query(rs -> {
				counted.put(rs.getString("released_on") + "|" + rs.getString("kind") + "|" + rs.getString("created_hour"),
						rs.getLong("n"));
			});
		return counted;
	}

	/** Alerts opened or closed within the windows, or open over them, by the windows of both. */
	private void alertsOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		over.bind(InScope.bind(jdbc.sql("""
				SELECT kind, action, opened, closed, COUNT(*) AS n FROM (
				  SELECT kind, action, %2$s AS opened, %3$s AS closed FROM health_alert
				  WHERE opened_at < %5$s AND (closed_at IS NULL OR closed_at >= %4$s) AND %1$s
				) bucketed GROUP BY kind, action, opened, closed""".formatted(InScope.sql(), over.bucket("opened_at"),
				over.bucket("closed_at"), over.from(), over.to())), scope))
			.query(rs -> {
				int opened = rs.getInt("opened");
				Integer closed = rs.getObject("closed") == null ? null : rs.getInt("closed");
				long n = rs.getLong("n");
				if ("FEVER".equals(rs.getString("kind")) && opened >= 0) {
					totals.get(opened).merge(FEVERS, n, Long::sum);
				}
				if ("REFERRED_TO_FEVER_CLINIC".equals(rs.getString("action")) && closed != null && closed >= 0
						&& closed < over.size()) {
					totals.get(closed).merge(REFERRALS, n, Long::sum);
				}
				WindowBuckets.addOver(totals, ALERTS_OPEN, opened, closed == null ? over.size() - 1 : closed - 1, n);
			});
	}

	/** Missed checks of the days before today by date in one statement; today's, whose slots are still passing, as one window. */
	private void checksMissedOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		LocalDate today = clock.today();
		Map<LocalDate, Integer> past = new HashMap<>();
		for (int i = 0; i < over.size(); i++) {
			ReportWindow window = over.window(i);
			if (window.date().isBefore(today)) {
				past.put(window.date(), i);
			}
			else {
				for (PlaceCount count : checksMissed(window, scope)) {
					totals.get(i).merge(CHECKS_MISSED, count.count(), Long::sum);
				}
			}
		}
		if (past.isEmpty()) {
			return;
		}
		InScope.bind(jdbc.sql("SELECT slot_date, COUNT(*) AS n FROM check_slot WHERE slot_date >= :first AND slot_date <= :last"
				+ " AND " + InScope.sql() + " AND reading_count = 0 AND window_end <= :passedBy GROUP BY slot_date"), scope)
			.param("first", Collections.min(past.keySet()))
			.param("last", Collections.max(past.keySet()))
			.param("passedBy", clock.passedBy(today.minusDays(1)))
			.query(rs -> {
				Integer window = past.get(rs.getObject("slot_date", LocalDate.class));
				if (window != null) {
					totals.get(window).merge(CHECKS_MISSED, rs.getLong("n"), Long::sum);
				}
			});
	}

	/**
	 * The orders made before the end that are open, or were released since the window's first day: the open
	 * ones from {@code observation_open_idx}, the released ones from {@code observation_released_idx}, both
	 * read without the table. An order made in the window is one of them.
	 */
	private List<PlaceCount> orders(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("""
				SELECT jurisdiction_path,
				  SUM(CASE WHEN kind = 'HOME' AND created_at >= :from THEN 1 ELSE 0 END) AS home_new,
				  SUM(CASE WHEN kind = 'HOME' AND (released_on IS NULL OR released_on > :date) THEN 1 ELSE 0 END) AS home_current,
				  SUM(CASE WHEN kind = 'HOME' AND released_on = :date THEN 1 ELSE 0 END) AS home_released,
				  SUM(CASE WHEN kind = 'SITE' AND created_at >= :from THEN 1 ELSE 0 END) AS site_new,
				  SUM(CASE WHEN kind = 'SITE' AND (released_on IS NULL OR released_on > :date) THEN 1 ELSE 0 END) AS site_current,
				  SUM(CASE WHEN kind = 'SITE' AND released_on = :date THEN 1 ELSE 0 END) AS site_released
				FROM (
				  SELECT jurisdiction_path, kind, created_at, CAST(NULL AS DATE) AS released_on FROM observation
				  WHERE status = 'OPEN' AND created_at < :to AND %1$s
				  UNION ALL
				  SELECT jurisdiction_path, kind, created_at, released_on FROM observation
				  WHERE released_on >= :firstDay AND created_at < :to AND %1$s
				) standing GROUP BY jurisdiction_path""".formatted(InScope.sql())), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.param("date", window.date())
			.param("firstDay", clock.dateOf(window.from()))
			.query((rs, n) -> unpivot(rs, ORDER_COLUMNS))
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
	}

	/**
	 * Alerts opened or closed in the window ({@code health_alert_opened_idx}, {@code health_alert_closed_idx}).
	 * A referral is an alert closed with the action "referred to the fever clinic": that is where the alert
	 * flow records that a person was sent on.
	 */
	private List<PlaceCount> alerts(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("""
				SELECT jurisdiction_path,
				  SUM(CASE WHEN kind = 'FEVER' AND opened_at >= :from AND opened_at < :to THEN 1 ELSE 0 END) AS fevers,
				  SUM(CASE WHEN action = 'REFERRED_TO_FEVER_CLINIC' AND closed_at >= :from AND closed_at < :to
				    THEN 1 ELSE 0 END) AS referrals
				FROM health_alert
				WHERE ((opened_at >= :from AND opened_at < :to) OR (closed_at >= :from AND closed_at < :to)) AND\s"""
				+ InScope.sql() + " GROUP BY jurisdiction_path"), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> unpivot(rs, ALERT_COLUMNS))
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
	}

	/** The alerts still open at the window's end: opened before it, closed after it or not at all. */
	private List<PlaceCount> openAlerts(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, COUNT(*) AS n FROM health_alert WHERE opened_at < :to"
				+ " AND (closed_at IS NULL OR closed_at >= :to) AND " + InScope.sql() + " GROUP BY jurisdiction_path"), scope)
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), ALERTS_OPEN, rs.getLong("n")))
			.list();
	}

	/** The report date's slots without a reading whose window has passed ({@code check_slot_missed_idx}). */
	private List<PlaceCount> checksMissed(ReportWindow window, String scope) {
		LocalTime passedBy = clock.passedBy(window.date());
		if (passedBy == null) {
			return List.of();
		}
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, COUNT(*) AS n FROM check_slot WHERE slot_date = :date AND "
				+ InScope.sql() + " AND reading_count = 0 AND window_end <= :passedBy GROUP BY jurisdiction_path"), scope)
			.param("date", window.date())
			.param("passedBy", passedBy)
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), CHECKS_MISSED, rs.getLong("n")))
			.list();
	}

	/** One count per column that is not zero: a place and figure without records reads as zero anyway. */
	private static List<PlaceCount> unpivot(ResultSet rs, Map<String, String> columns) throws SQLException {
		String path = rs.getString("jurisdiction_path");
		List<PlaceCount> counts = new ArrayList<>();
		for (Map.Entry<String, String> column : columns.entrySet()) {
			long count = rs.getLong(column.getKey());
			if (count > 0) {
				counts.add(new PlaceCount(path, column.getValue(), count));
			}
		}
		return counts;
	}
}
