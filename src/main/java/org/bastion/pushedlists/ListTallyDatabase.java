package org.bastion.pushedlists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code list_tally} table: a list's entries counted per place they sit in and per outcome, kept
 * beside the entries so that reading a list's counts costs its places (a few thousand at most), not its
 * entries (up to a million). The import writes a list's tallies when it marks the list DONE; every
 * verification moves one count in its own transaction.
 */
@Repository
class ListTallyDatabase {

	private static final String OUTCOMES = """
			SUM(open_entries) AS open_entries, SUM(already_known) AS already_known, SUM(newly_found) AS newly_found,
			  SUM(not_living_here) AS not_living_here, SUM(wrong_information) AS wrong_information,
			  SUM(beyond_period) AS beyond_period""";

	/** Counts of one place, or of several summed. */
	record Tally(String path, long entries, long open, Map<VerificationOutcome, Long> verified) {

		long verifiedTotal() {
			return entries - open;
		}
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ListTallyDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A freshly imported list's entries per place, all of them open. */
	void insertOpen(long listId, Map<String, Integer> entriesByPath) {
		List<Map.Entry<String, Integer>> rows = new ArrayList<>(entriesByPath.entrySet());
		batch.batchUpdate("INSERT INTO list_tally (list_id, jurisdiction_path, entries, open_entries) VALUES (?, ?, ?, ?)",
				rows, 1000, (ps, row) -> {
					ps.setLong(1, listId);
					ps.setString(2, row.getKey());
					ps.setInt(3, row.getValue());
					ps.setInt(4, row.getValue());
				});
	}

	/**
	 * Moves one entry of a place from what it was (null: open) to its new outcome. The caller holds the
	 * entry's row lock, so two verdicts on one entry cannot both move it from the same outcome.
	 */
	void move(long listId, String path, VerificationOutcome from, VerificationOutcome to) {
		if (from == to) {
			return;
		}
		String was = column(from);
		String now = column(to);
		int updated = jdbc.sql("UPDATE list_tally SET " + was + " = " + was + " - 1, " + now + " = " + now + " + 1"
				+ " WHERE list_id = ? AND jurisdiction_path = ?")
			.params(listId, path)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No tally for list " + listId + " at " + path);
		}
	}

	/** The entries of a list under a place (a LIKE pattern), summed. */
	Tally total(long listId, String scope) {
		return jdbc.sql("SELECT SUM(entries) AS entries, " + OUTCOMES
				+ " FROM list_tally WHERE list_id = ? AND " + InScope.positional())
			.params(listId, InScope.pattern(scope))
			.query((rs, n) -> tally(null, rs))
			.single();
	}

	/** The counts of each place of a list under a place (a LIKE pattern). */
	List<Tally> byPath(long listId, String scope) {
		return jdbc.sql("SELECT jurisdiction_path, SUM(entries) AS entries, " + OUTCOMES
				+ " FROM list_tally WHERE list_id = ? AND " + InScope.positional() + " GROUP BY jurisdiction_path")
			.params(listId, InScope.pattern(scope))
			.query((rs, n) -> tally(rs.getString("jurisdiction_path"), rs))
			.list();
	}

	private static Tally tally(String path, ResultSet rs) throws SQLException {
		Map<VerificationOutcome, Long> verified = new EnumMap<>(VerificationOutcome.class);
		for (VerificationOutcome outcome : VerificationOutcome.values()) {
			verified.put(outcome, rs.getLong(column(outcome)));
		}
		return new Tally(path, rs.getLong("entries"), rs.getLong("open_entries"), verified);
	}

	/** The column counting an outcome; null is the open entries. Only these names reach the SQL above. */
	private static String column(VerificationOutcome outcome) {
		if (outcome == null) {
			return "open_entries";
		}
		return switch (outcome) {
			case ALREADY_KNOWN -> "already_known";
			case NEWLY_FOUND -> "newly_found";
			case NOT_LIVING_HERE -> "not_living_here";
			case WRONG_INFORMATION -> "wrong_information";
			case BEYOND_PERIOD -> "beyond_period";
		};
	}

	/** The counts follow their entries. */
	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "list_tally");
	}
}
