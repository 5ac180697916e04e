package org.bastion.cases;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases' figures of the daily report: close contacts recorded in the window, cases confirmed in it
 * (a case made confirmed, or one changed to confirmed), and the cases standing in each status at the
 * window's end. A case's status at the end is the last change recorded before it, so a report of an
 * earlier day still reads the cases as they stood that day. Changes count by when they were recorded
 * ({@code changed_at}), as the report of that window was when it was submitted.
 */
@Component
class CaseFigures implements ReportFigureSource {

	static final String GROUP = "cases";

	static final String CONTACTS = "cases.contacts";

	static final String NEWLY_CONFIRMED = "cases.newlyConfirmed";

	private static final List<ReportFigure> FIGURES;

	static {
		List<ReportFigure> figures = new ArrayList<>(List.of(new ReportFigure(CONTACTS, GROUP, Kind.FLOW),
				new ReportFigure(NEWLY_CONFIRMED, GROUP, Kind.FLOW)));
		for (CaseStatus status : CaseStatus.values()) {
			figures.add(new ReportFigure(standing(status), GROUP, Kind.STOCK));
		}
		FIGURES = List.copyOf(figures);
	}

	private final JdbcClient jdbc;

	CaseFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code cases.suspected}, {@code cases.confirmed}, …: the cases in that status at the window's end. */
	static String standing(CaseStatus status) {
		return GROUP + "." + status.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/** The cases list of the place in the figure's status. */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		if (NEWLY_CONFIRMED.equals(figure)) {
			return "/cases?status=" + CaseStatus.CONFIRMED.name() + "&jurisdiction=" + jurisdictionCode;
		}
		for (CaseStatus status : CaseStatus.values()) {
			if (standing(status).equals(figure)) {
				return "/cases?status=" + status.name() + "&jurisdiction=" + jurisdictionCode;
			}
		}
		return null;
	}

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>(recordedInWindow(window, scope));
		counts.addAll(standingAtEnd(window, scope));
		return counts;
	}

	/**
	 * A chart's month in two statements instead of two per window: contacts by the window they were recorded
	 * in, and the status changes of the area's cases, from which each window's confirmations and each case's
	 * status at each window's end (its last change before it, as {@link #standingAtEnd} reads it) follow.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		over.bind(InScope.bind(jdbc.sql("SELECT created, COUNT(*) AS n FROM (SELECT " + over.bucket("created_at")
				+ " AS created FROM case_contact WHERE created_at >= " + over.from() + " AND created_at < " + over.to()
				+ " AND " + InScope.sql() + ") bucketed GROUP BY created"), scope))
			.query(rs -> {
				totals.get(rs.getInt("created")).merge(CONTACTS, rs.getLong("n"), Long::sum);
			});
		Map<Long, List<Change>> byCase = new HashMap<>();
		over.bind(InScope.bind(jdbc.sql("SELECT c.case_id, c.id, c.status, " + over.bucket("c.changed_at") + " AS changed,"
				+ " CASE WHEN " + InScope.sql("c.jurisdiction_path") + " THEN 1 ELSE 0 END AS inside"
				+ " FROM case_status_change c WHERE c.changed_at < " + over.to() + " AND c.case_id IN ("
				+ "SELECT s.case_id FROM case_status_change s WHERE " + InScope.sql("s.jurisdiction_path")
				+ " AND s.changed_at < " + over.to() + ")"), scope))
			.query(rs -> {
				byCase.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
					.add(new Change(rs.getLong("id"), CaseStatus.valueOf(rs.getString("status")), rs.getInt("changed"),
							rs.getInt("inside") == 1));
			});
		for (List<Change> changes : byCase.values()) {
			for (Change change : changes) {
				if (change.inside() && change.status() == CaseStatus.CONFIRMED && change.window() >= 0) {
					totals.get(change.window()).merge(NEWLY_CONFIRMED, 1L, Long::sum);
				}
			}
			for (int i = 0; i < over.size(); i++) {
				Change last = null;
				for (Change change : changes) {
					if (change.window() <= i && (last == null || change.id() > last.id())) {
						last = change;
					}
				}
				if (last != null && last.inside()) {
					totals.get(i).merge(standing(last.status()), 1L, Long::sum);
				}
			}
		}
		return true;
	}

	/** A status change, the window it was recorded in, and whether it lies in the scope asked. */
	private record Change(long id, CaseStatus status, int window, boolean inside) {
	}

	/**
	 * Served by {@code case_contact_created_idx} and {@code case_status_change_changed_idx}: the window's
	 * rows, whatever the size of the area.
	 */
	private List<PlaceCount> recordedInWindow(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, 'cases.contacts' AS figure, COUNT(*) AS n"
				+ " FROM case_contact WHERE created_at >= :from AND created_at < :to AND " + InScope.sql()
				+ " GROUP BY jurisdiction_path"
				+ " UNION ALL SELECT jurisdiction_path, 'cases.newlyConfirmed' AS figure, COUNT(*) AS n"
				+ " FROM case_status_change WHERE changed_at >= :from AND changed_at < :to AND status = 'CONFIRMED' AND "
				+ InScope.sql() + " GROUP BY jurisdiction_path"), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), rs.getString("figure"), rs.getLong("n")))
			.list();
	}

	/**
	 * Each case's last change before the end, found through {@code case_status_change_path_changed_idx}
	 * (the area's changes) and {@code case_status_change_case_idx} (whether a later one exists).
	 */
	private List<PlaceCount> standingAtEnd(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT s.jurisdiction_path, s.status, COUNT(*) AS n FROM case_status_change s"
				+ " WHERE " + InScope.sql("s.jurisdiction_path") + " AND s.changed_at < :to AND NOT EXISTS ("
				+ "SELECT 1 FROM case_status_change later WHERE later.case_id = s.case_id AND later.changed_at < :to"
				+ " AND later.id > s.id) GROUP BY s.jurisdiction_path, s.status"), scope)
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"),
					standing(CaseStatus.valueOf(rs.getString("status"))), rs.getLong("n")))
			.list();
	}
}
