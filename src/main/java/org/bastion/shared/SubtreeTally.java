package org.bastion.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts kept for every place of the tree, each the sum of the records at or under it, by a few key columns
 * (such as a kind and the hour a record was made in): a chart's month of a county then reads the county's
 * own rows instead of every record of the month. Each module keeps its own table of this shape
 * ({@code jurisdiction_path}, the key columns, {@code n}, the primary key on the path and keys) and moves it
 * in the transaction that writes the record, and on the tree's moves; a module test recounts it from the
 * records.
 *
 * <p>A record moves the rows of its place and of every place above it (not the root, which would be one row
 * for the whole deployment): a few upserts a record, and rows that concurrent writers of one hour share,
 * each held only until its transaction commits.
 */
public final class SubtreeTally {

	private final String table;

	private final List<String> keys;

	/**
	 * @param table the module's table, written in its code, never input
	 * @param keys its key columns besides the path, in the order {@link #add} takes their values
	 */
	public SubtreeTally(String table, String... keys) {
		if (keys.length == 0) {
			throw new IllegalArgumentException("A tally needs a key besides the place");
		}
		this.table = table;
		this.keys = List.of(keys);
	}

	/**
	 * The place whose rows hold a scope's counts: the subtree a scope pattern names, or empty when the scope
	 * is the whole deployment (which keeps no row) and the caller counts the records.
	 */
	public static Optional<JurisdictionPath> node(String scope) {
		String pattern = InScope.pattern(scope);
		JurisdictionPath path = new JurisdictionPath(pattern.substring(0, pattern.length() - 1));
		return path.isRoot() ? Optional.empty() : Optional.of(path);
	}

	/** The places whose rows a record at {@code path} moves: its own and each one above it, the root left out. */
	static List<JurisdictionPath> placesHolding(JurisdictionPath path) {
		List<JurisdictionPath> places = new ArrayList<>();
		JurisdictionPath place = JurisdictionPath.ROOT;
		for (String code : path.codes()) {
			place = place.child(code);
			places.add(place);
		}
		return places;
	}

	/**
	 * Adds {@code delta} to the count of these key values at the record's place and every place above it, in
	 * the caller's transaction.
	 *
	 * @param values one per key column, none null
	 */
	public void add(JdbcClient jdbc, JurisdictionPath path, long delta, Object... values) {
		if (values.length != keys.size()) {
			throw new IllegalArgumentException("Expected " + keys.size() + " key values, got " + values.length);
		}
		if (delta == 0 || path.isRoot()) {
			return;
		}
		List<JurisdictionPath> places = placesHolding(path);
		String row = "(?, " + "?, ".repeat(keys.size()) + "0)";
		List<Object> inserted = new ArrayList<>();
		StringJoiner rows = new StringJoiner(", ");
		for (JurisdictionPath place : places) {
			rows.add(row);
			inserted.add(place.value());
			inserted.addAll(List.of(values));
		}
		// The rows first, then the counts: concurrent first records of a key wait on one another's rows
		// instead of failing on the key.
		jdbc.sql("INSERT INTO " + table + " (jurisdiction_path, " + String.join(", ", keys) + ", n) VALUES " + rows
				+ " ON CONFLICT DO NOTHING")
			.params(inserted)
			.update();
		List<Object> updated = new ArrayList<>();
		updated.add(delta);
		places.forEach(place -> updated.add(place.value()));
		updated.addAll(List.of(values));
		jdbc.sql("UPDATE " + table + " SET n = n + ? WHERE jurisdiction_path IN (" + "?, ".repeat(places.size() - 1)
				+ "?) AND " + matching("", "?"))
			.params(updated)
			.update();
	}

	/**
	 * Counts to add for many records at once, gathered in memory and written by {@link Changes#apply}: a
	 * change of thousands of records (such as HQ's new risk area re-assessing a month of arrivals) then costs
	 * two statements per 500 rows of counts it moves instead of two per record.
	 */
	public Changes changes() {
		return new Changes();
	}

	/** The rows one statement of {@link Changes#apply} writes at most: some 2,000 parameters. */
	static final int ROWS_A_STATEMENT = 500;

	/** Counts to add by place and key values, each added to the places above too; see {@link #changes()}. */
	public final class Changes {

		/** By the row's place and key values (the place first); zero sums are kept until applied. */
		private final Map<List<Object>, Long> rows = new HashMap<>();

		private Changes() {
		}

		/** As {@link SubtreeTally#add}, but only noted here until {@link #apply}. */
		public void add(JurisdictionPath path, long delta, Object... values) {
			if (values.length != keys.size()) {
				throw new IllegalArgumentException("Expected " + keys.size() + " key values, got " + values.length);
			}
			if (delta == 0 || path.isRoot()) {
				return;
			}
			for (JurisdictionPath place : placesHolding(path)) {
				List<Object> row = new ArrayList<>(values.length + 1);
				row.add(place.value());
				row.addAll(List.of(values));
				rows.merge(List.copyOf(row), delta, Long::sum);
			}
		}

		/**
		 * Writes the counts noted, in the caller's transaction, and forgets them: for each 500 rows (in the
		 * order of their places and keys) a multi-row insert of those that are new, then one {@code MERGE}
		 * joining each to its own amount (standard SQL, which PostgreSQL 15 and H2 both run; an {@code UPDATE}
		 * matching a list of 500 keys took some 20 ms a statement on PostgreSQL).
		 *
		 * @return the statements run
		 */
		public int apply(JdbcClient jdbc) {
			List<Map.Entry<List<Object>, Long>> moved = new ArrayList<>();
			rows.forEach((row, delta) -> {
				if (delta != 0) {
					moved.add(Map.entry(row, delta));
				}
			});
			rows.clear();
			moved.sort((a, b) -> {
				for (int i = 0; i < a.getKey().size(); i++) {
					int order = String.valueOf(a.getKey().get(i)).compareTo(String.valueOf(b.getKey().get(i)));
					if (order != 0) {
						return order;
					}
				}
				return 0;
			});
			String columns = "jurisdiction_path, " + String.join(", ", keys);
			String inserted = "(" + "?, ".repeat(keys.size() + 1) + "0)";
			int statements = 0;
			for (int from = 0; from < moved.size(); from += ROWS_A_STATEMENT) {
				List<Map.Entry<List<Object>, Long>> part = moved.subList(from,
						Math.min(moved.size(), from + ROWS_A_STATEMENT));
				List<Object> values = new ArrayList<>();
				part.forEach(row -> values.addAll(row.getKey()));
				jdbc.sql("INSERT INTO " + table + " (" + columns + ", n) VALUES "
						+ String.join(", ", Collections.nCopies(part.size(), inserted)) + " ON CONFLICT DO NOTHING")
					.params(values)
					.update();
				// Every row's amount joined to it: each parameter cast, as a list of values has no column to
				// take its types from.
				StringJoiner typed = new StringJoiner(", ", "(", ")");
				for (Object value : part.getFirst().getKey()) {
					typed.add("CAST(? AS " + sqlType(value) + ")");
				}
				typed.add("CAST(? AS BIGINT)");
				List<Object> params = new ArrayList<>();
				for (Map.Entry<List<Object>, Long> row : part) {
					params.addAll(row.getKey());
					params.add(row.getValue());
				}
				jdbc.sql("MERGE INTO " + table + " AS t USING (VALUES "
						+ String.join(", ", Collections.nCopies(part.size(), typed.toString())) + ") AS d (" + columns
						+ ", n) ON t.jurisdiction_path = d.jurisdiction_path AND " + matching("t.", "d.")
						+ " WHEN MATCHED THEN UPDATE SET n = t.n + d.n")
					.params(params)
					.update();
				statements += 2;
			}
			return statements;
		}

		/** The type a key value is cast to in a list of values: the key columns hold text, whole numbers or dates. */
		private static String sqlType(Object value) {
			return switch (value) {
				case String text -> "VARCHAR(400)";
				case Long number -> "BIGINT";
				case Integer number -> "BIGINT";
				case java.time.LocalDate date -> "DATE";
				default -> throw new IllegalArgumentException("No SQL type for a key of " + value.getClass());
			};
		}
	}

	/**
	 * Follows a subtree's move: the places that held it and no longer do lose its counts, those that hold it
	 * now gain them, and its own rows move to their new paths, added to any that records made there since
	 * the move already started. Call from the module's {@code JurisdictionMoved} listener.
	 */
	public void move(JdbcClient jdbc, JurisdictionPath from, JurisdictionPath to) {
		List<JurisdictionPath> before = placesHolding(from);
		List<JurisdictionPath> after = placesHolding(to);
		String columns = String.join(", ", keys);
		String sameKeys = matching("r.", table + ".");
		// What the old place held is the subtree's records up to the move: those made since are already
		// counted where they were made.
		for (JurisdictionPath place : after.subList(0, after.size() - 1)) {
			if (!before.contains(place)) {
				jdbc.sql("INSERT INTO " + table + " (jurisdiction_path, " + columns + ", n) SELECT ?, " + columns
						+ ", 0 FROM " + table + " WHERE jurisdiction_path = ? ON CONFLICT DO NOTHING")
					.params(place.value(), from.value())
					.update();
				shift(jdbc, place, from, "+", sameKeys);
			}
		}
		for (JurisdictionPath place : before.subList(0, before.size() - 1)) {
			if (!after.contains(place)) {
				shift(jdbc, place, from, "-", sameKeys);
			}
		}
		moveRows(jdbc, table, "n", keys, from, to);
	}

	/**
	 * Moves the counts a table keeps by place (and by {@code keys} besides it) of a subtree to the subtree's new
	 * paths, each added to the row that records made there since the move began: re-stamping the rows would fail on
	 * the key of a place that already counts one, and leave the records unmoved with it.
	 *
	 * @param table the module's table, written in its code, never input
	 * @param count its column of the count
	 */
	public static void moveRows(JdbcClient jdbc, String table, String count, List<String> keys, JurisdictionPath from,
			JurisdictionPath to) {
		String columns = keys.stream().map(key -> ", " + key).collect(Collectors.joining());
		String moved = "CONCAT(?, SUBSTRING(jurisdiction_path, ?))";
		jdbc.sql("INSERT INTO " + table + " (jurisdiction_path" + columns + ", " + count + ") SELECT " + moved + columns
				+ ", 0 FROM " + table + " WHERE " + InScope.positional() + " ON CONFLICT DO NOTHING")
			.params(to.value(), from.value().length() + 1, from.likePattern())
			.update();
		String old = "r.jurisdiction_path = CONCAT(?, SUBSTRING(" + table + ".jurisdiction_path, ?))"
				+ keys.stream().map(key -> " AND r." + key + " = " + table + "." + key).collect(Collectors.joining());
		jdbc.sql("UPDATE " + table + " SET " + count + " = " + count + " + (SELECT r." + count + " FROM " + table + " r WHERE "
				+ old + ") WHERE " + InScope.positional(table + ".jurisdiction_path") + " AND EXISTS (SELECT 1 FROM " + table
				+ " r WHERE " + old + ")")
			.params(from.value(), to.value().length() + 1, to.likePattern(), from.value(), to.value().length() + 1)
			.update();
		jdbc.sql("DELETE FROM " + table + " WHERE " + InScope.positional()).params(from.likePattern()).update();
	}

	private void shift(JdbcClient jdbc, JurisdictionPath place, JurisdictionPath from, String sign, String sameKeys) {
		String root = "r.jurisdiction_path = ? AND " + sameKeys;
		jdbc.sql("UPDATE " + table + " SET n = n " + sign + " (SELECT r.n FROM " + table + " r WHERE " + root
				+ ") WHERE jurisdiction_path = ? AND EXISTS (SELECT 1 FROM " + table + " r WHERE " + root + ")")
			.params(from.value(), place.value(), from.value())
			.update();
	}

	/**
	 * The counts kept at a place that are not zero, by their key values joined with {@code |} as the
	 * database writes them as text: for a test to compare with a recount from the records.
	 */
	public Map<String, Long> kept(JdbcClient jdbc, JurisdictionPath place) {
		Map<String, Long> kept = new HashMap<>();
		jdbc.sql("SELECT " + String.join(", ", keys) + ", n FROM " + table + " WHERE jurisdiction_path = ? AND n <> 0")
			.param(place.value())
			.query(rs -> {
				StringJoiner key = new StringJoiner("|");
				for (String column : keys) {
					key.add(rs.getString(column));
				}
				kept.put(key.toString(), rs.getLong("n"));
			});
		return kept;
	}

	/** {@code a.k1 = b.k1 AND …}, or {@code k1 = ? AND …} with {@code "?"} as the right-hand side. */
	private String matching(String left, String right) {
		StringJoiner match = new StringJoiner(" AND ");
		for (String key : keys) {
			match.add(left + key + " = " + ("?".equals(right) ? "?" : right + key));
		}
		return match.toString();
	}
}
