package org.bastion.pushedlists;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * The pushed lists' figures of the daily report: entries verified in the window, one figure per
 * verification category, and the entries of the lists imported by the window's end that were still
 * unverified at its end (those verified since count as unverified again, so a report of an earlier day
 * reads as it stood). Each entry counts in the place it was dispatched to: a grid, or the township or the
 * list's area for an entry no person was matched to.
 */
@Component
class PushedListFigures implements ReportFigureSource {

	static final String GROUP = "pushedlists";

	static final String UNVERIFIED = "pushedlists.unverified";

	private static final List<ReportFigure> FIGURES;

	static {
		List<ReportFigure> figures = new ArrayList<>();
		for (VerificationOutcome outcome : VerificationOutcome.values()) {
			figures.add(new ReportFigure(verified(outcome), GROUP, Kind.FLOW));
		}
		figures.add(new ReportFigure(UNVERIFIED, GROUP, Kind.STOCK));
		FIGURES = List.copyOf(figures);
	}

	private final JdbcClient jdbc;

	PushedListFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code pushedlists.alreadyKnown}, {@code pushedlists.newlyFound}, …: entries verified so in the window. */
	static String verified(VerificationOutcome outcome) {
		StringBuilder key = new StringBuilder(GROUP).append('.');
		String[] words = outcome.name().toLowerCase(Locale.ROOT).split("_");
		key.append(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

	@Override
	public List<ReportFigure> figures() {
		return FIGURES;
	}

	/** The pushed lists of the viewer's area, with their progress per area. */
	@Override
	public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		return "/pushed-lists";
	}

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>(verifiedInWindow(window, scope));
		counts.addAll(unverifiedAtEnd(window, scope));
		return counts;
	}

	/**
	 * The month of a chart in three statements instead of two per window: verifications by window, the
	 * lists' open tallies by the window their import finished in, and the entries verified after the first
	 * window by both windows; what was still open at each window's end is added up from those. For windows on
	 * whole hours the verifications come from the place's kept counts ({@code list_entry_tally}), not the entries.
	 */
	@Override
	public boolean countOver(WindowBuckets over, String scope, List<Map<String, Long>> totals) {
		Optional<JurisdictionPath> place = SubtreeTally.node(scope);
		boolean kept = over.onWholeHours() && place.isPresent();
		StatementSpec verifications = kept
				? over.bind(jdbc.sql("SELECT outcome, verified, SUM(n) AS n FROM (SELECT outcome, "
						+ over.hourBucket("verified_hour") + " AS verified, n FROM list_entry_tally WHERE jurisdiction_path = :place"
						+ " AND verified_hour >= " + over.fromHour() + " AND verified_hour < " + over.toHour()
						+ ") bucketed GROUP BY outcome, verified HAVING SUM(n) <> 0")).param("place", place.get().value())
				: over.bind(InScope.bind(jdbc.sql("SELECT outcome, verified, COUNT(*) AS n FROM (SELECT outcome, "
						+ over.bucket("verified_at") + " AS verified FROM list_entry WHERE verified_at >= " + over.from()
						+ " AND verified_at < " + over.to() + " AND outcome IS NOT NULL AND " + InScope.sql()
						+ ") bucketed GROUP BY outcome, verified"), scope));
		verifications.query(rs -> {
			totals.get(rs.getInt("verified"))
				.merge(verified(VerificationOutcome.valueOf(rs.getString("outcome"))), rs.getLong("n"), Long::sum);
		});
		over.bind(InScope.bind(jdbc.sql("SELECT finished, SUM(n) AS n FROM (SELECT " + over.bucket("l.finished_at")
				+ " AS finished, t.open_entries AS n FROM list_tally t JOIN pushed_list l ON l.id = t.list_id WHERE "
				+ InScope.sql("t.jurisdiction_path") + " AND l.status = 'DONE' AND l.finished_at < " + over.to()
				+ ") bucketed GROUP BY finished"), scope))
			.query(rs -> {
				WindowBuckets.addOver(totals, UNVERIFIED, rs.getInt("finished"), over.size() - 1, rs.getLong("n"));
			});
		// The entries verified after the first window's end, by the windows their list's import finished in
		// and they were verified in; those verified since the last window's end are open over all the windows.
		StatementSpec verifiedLater = kept
				? over.bind(jdbc.sql("SELECT finished, verified, SUM(n) AS n FROM (SELECT " + over.bucket("l.finished_at")
						+ " AS finished, " + over.hourBucket("t.verified_hour") + " AS verified, t.n FROM list_entry_tally t"
						+ " JOIN pushed_list l ON l.id = t.list_id WHERE t.jurisdiction_path = :place"
						+ " AND t.verified_hour >= :firstEndHour AND l.status = 'DONE' AND l.finished_at < " + over.to()
						+ ") bucketed GROUP BY finished, verified HAVING SUM(n) <> 0"))
					.param("place", place.get().value())
					.param("firstEndHour", WindowBuckets.hour(over.window(0).to()))
				: over.bind(InScope.bind(jdbc.sql("SELECT finished, verified, COUNT(*) AS n FROM (SELECT "
						+ over.bucket("l.finished_at") + " AS finished, " + over.bucket("e.verified_at") + " AS verified"
						+ " FROM list_entry e JOIN pushed_list l ON l.id = e.list_id WHERE e.verified_at >= :firstEnd AND "
						+ InScope.sql("e.jurisdiction_path") + " AND l.status = 'DONE' AND l.finished_at < " + over.to()
						+ ") bucketed GROUP BY finished, verified"), scope))
					.param("firstEnd", over.window(0).to().atOffset(ZoneOffset.UTC));
		verifiedLater.query(rs -> {
			// Open at the end of each window after its list's import and before its verification.
			WindowBuckets.addOver(totals, UNVERIFIED, rs.getInt("finished"), rs.getInt("verified") - 1, rs.getLong("n"));
		});
		totals.forEach(window -> window.values().removeIf(n -> n == 0));
		return true;
	}

	/**
	 * The window's verifications, read from {@code list_entry_verified_idx} (a county) or
	 * {@code list_entry_path_verified_idx} (a village), without the table.
	 */
	private List<PlaceCount> verifiedInWindow(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, outcome, COUNT(*) AS n FROM list_entry"
				+ " WHERE verified_at >= :from AND verified_at < :to AND outcome IS NOT NULL AND " + InScope.sql()
				+ " GROUP BY jurisdiction_path, outcome"), scope)
			.param("from", window.from().atOffset(ZoneOffset.UTC))
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"),
					verified(VerificationOutcome.valueOf(rs.getString("outcome"))), rs.getLong("n")))
			.list();
	}

	/**
	 * The entries open now, from the lists' tallies ({@code list_tally}, which each verification moves,
	 * a few rows per list and place instead of a million entries), and those verified since the end, from
	 * {@code list_entry_verified_idx}: together the entries still open at the end, of the lists whose
	 * import had finished by then.
	 */
	private List<PlaceCount> unverifiedAtEnd(ReportWindow window, String scope) {
		return InScope.bind(jdbc.sql("SELECT jurisdiction_path, SUM(n) AS n FROM ("
				+ "SELECT t.jurisdiction_path, t.open_entries AS n FROM list_tally t JOIN pushed_list l ON l.id = t.list_id"
				+ " WHERE " + InScope.sql("t.jurisdiction_path") + " AND l.status = 'DONE' AND l.finished_at < :to"
				+ " UNION ALL SELECT e.jurisdiction_path, 1 AS n FROM list_entry e JOIN pushed_list l ON l.id = e.list_id"
				+ " WHERE e.verified_at >= :to AND " + InScope.sql("e.jurisdiction_path")
				+ " AND l.status = 'DONE' AND l.finished_at < :to"
				+ ") unverified GROUP BY jurisdiction_path HAVING SUM(n) > 0"), scope)
			.param("to", window.to().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PlaceCount(rs.getString("jurisdiction_path"), UNVERIFIED, rs.getLong("n")))
			.list();
	}
}
