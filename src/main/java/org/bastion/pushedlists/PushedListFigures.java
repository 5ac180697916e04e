package org.bastion.pushedlists;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Override
	public List<PlaceCount> counts(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>(verifiedInWindow(window, scope));
		counts.addAll(unverifiedAtEnd(window, scope));
		return counts;
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
