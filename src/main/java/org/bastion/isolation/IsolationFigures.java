package org.bastion.isolation;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The isolation sites' figures of the daily report, each site a reporting unit of its own ({@code site:<id>},
 * in its site's place): occupants at the window's end, stays checked in and checked out in the window. A
 * transfer checks the person out of one room and into another, so it counts on both sides, as the sites'
 * own books have it.
 */
@Component
class IsolationFigures implements ReportFigureSource {

	static final String GROUP = "isolation";

	static final String OCCUPANTS = "isolation.occupants";

	static final String CHECKED_IN = "isolation.checkedIn";

	static final String CHECKED_OUT = "isolation.checkedOut";

	static final String UNIT_KIND = "SITE";

	private static final List<ReportFigure> FIGURES = List.of(new ReportFigure(OCCUPANTS, GROUP, Kind.STOCK),
			new ReportFigure(CHECKED_IN, GROUP, Kind.FLOW), new ReportFigure(CHECKED_OUT, GROUP, Kind.FLOW));

	private final JdbcClient jdbc;

	IsolationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String unit(long siteId) {
		return "site:" + siteId;
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/**
	 * The stays open at some time of the window, in one pass: the open ones ({@code site_stay_path_idx}) and
	 * those checked out since its start ({@code site_stay_checked_out_idx}).
	 */
	/** The sites of the viewer's area, with their occupancy. */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		return "/isolation-sites";
	}

	/**
	 * A chart's month in one statement: the stays by the windows they began and ended in, each counted as an
	 * occupant at the end of every window it spanned.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		over.bind(InScope.bind(jdbc.sql("""
				SELECT checked_in, checked_out, COUNT(*) AS n FROM (
				  SELECT %2$s AS checked_in, %3$s AS checked_out FROM site_stay
				  WHERE (status = 'OPEN' OR checked_out_at >= %4$s) AND checked_in_at < %5$s AND %1$s
				) bucketed GROUP BY checked_in, checked_out""".formatted(InScope.sql(), over.bucket("checked_in_at"),
				over.bucket("checked_out_at"), over.from(), over.to())), scope))
			.query(rs -> {
				int in = rs.getInt("checked_in");
				Integer out = rs.getObject("checked_out") == null ? null : rs.getInt("checked_out");
				long n = rs.getLong("n");
				if (in >= 0) {
					totals.get(in).merge(CHECKED_IN, n, Long::sum);
				}
				if (out != null && out >= 0 && out < over.size()) {
					totals.get(out).merge(CHECKED_OUT, n, Long::sum);
				}
				WindowBuckets.addOver(totals, OCCUPANTS, in, out == null ? over.size() - 1 : out - 1, n);
			});
		return true;
	}

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("""
				SELECT site_id, jurisdiction_path,
				  SUM(CASE WHEN checked_out_at IS NULL OR checked_out_at >= :to THEN 1 ELSE 0 END) AS occupants,
				  SUM(CASE WHEN checked_in_at >= :from THEN 1 ELSE 0 END) AS checked_in,
				  SUM(CASE WHEN checked_out_at < :to THEN 1 ELSE 0 END) AS checked_out
				FROM site_stay
				WHERE (status = 'OPEN' OR checked_out_at >= :from) AND checked_in_at < :to AND\s""" + InScope.sql()
				+ " GROUP BY site_id, jurisdiction_path"), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> {
				String path = rs.getString("jurisdiction_path");
				String unit = unit(rs.getLong("site_id"));
				List<PlaceCount> counts = new ArrayList<>(3);
				counts.add(new PlaceCount(path, unit, OCCUPANTS, rs.getLong("occupants")));
				counts.add(new PlaceCount(path, unit, CHECKED_IN, rs.getLong("checked_in")));
				counts.add(new PlaceCount(path, unit, CHECKED_OUT, rs.getLong("checked_out")));
				return counts;
			})
			.list()
			.stream()
			.flatMap(List::stream)
			.filter(count -> count.count() > 0)
			.toList();
	}

	/** The sites in the scope ({@code isolation_site_path_idx}), each reporting to its place's township. */
	@Override
	public List<ReportingUnit> units(String scope) {
		return InScope.bind(jdbc.sql("SELECT id, name, jurisdiction_path FROM isolation_site WHERE " + InScope.sql()
				+ " ORDER BY jurisdiction_path, name, id"), scope)
			.query((rs, n) -> new ReportingUnit(unit(rs.getLong("id")), UNIT_KIND, rs.getString("name"),
					rs.getString("jurisdiction_path")))
			.list();
	}
}
