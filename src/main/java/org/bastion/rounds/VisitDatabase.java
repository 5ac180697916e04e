package org.bastion.rounds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.bastion.people.HouseholdListing;
import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code household_visit} and {@code household_visit_attempt} tables. */
@Repository
class VisitDatabase {

	private static final String COLUMNS = "id, round_id, household_id, jurisdiction_code, jurisdiction_path, address, "
			+ "head_name, members, status, returnees, note, attempts, visited_by, visited_at";

	private static final String RANK = "CASE status WHEN 'PENDING' THEN 0 WHEN 'NOBODY_HOME' THEN 1 ELSE 2 END";

	private static final String INSERT = "INSERT INTO household_visit (round_id, household_id, jurisdiction_code, "
			+ "jurisdiction_path, address, head_name, members) VALUES (?, ?, ?, ?, ?, ?, ?)";

	/**
	 * The visits counted for every place by what is counted and the hour visited: what the chart's month reads
	 * ({@link RoundFigures}).
	 */
	static final SubtreeTally TALLY = new SubtreeTally("household_visit_tally", "figure", "visited_hour");

	static final String HOUSEHOLDS = "HOUSEHOLDS";

	static final String RETURNEES = "RETURNEES";

	/** The outcomes at which someone answered the door: the visits a report counts. */
	private static final Set<String> COUNTED = Set.of("VISITED_NO_RETURNEES", "VISITED_WITH_RETURNEES");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	VisitDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	static int rank(VisitStatus status) {
		return switch (status) {
			case PENDING -> 0;
			case NOBODY_HOME -> 1;
			default -> 2;
		};
	}

	/**
	 * Inserts a page of households as pending visits in one multi-row statement: a single round trip
	 * whether or not the driver rewrites batches, which is what lets a county open in seconds.
	 */
	void insertAll(long roundId, List<HouseholdListing> households) {
		if (households.isEmpty()) {
			return;
		}
		String sql = INSERT + ", (?, ?, ?, ?, ?, ?, ?)".repeat(households.size() - 1);
		batch.update(sql, ps -> {
			int p = 1;
			for (HouseholdListing household : households) {
				ps.setLong(p++, roundId);
				ps.setLong(p++, household.id());
				ps.setString(p++, household.jurisdictionCode());
				ps.setString(p++, household.jurisdictionPath().value());
				setText(ps, p++, household.address());
				setText(ps, p++, household.headName());
				ps.setInt(p++, household.members());
			}
		});
	}

	Optional<VisitRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM household_visit WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(VisitDatabase::map)
			.optional();
	}

	/**
	 * A page of a round's visits in a subtree, unvisited first, then by id; {@code afterRank}/{@code afterId}
	 * are the last row of the previous page.
	 */
	List<VisitRow> page(long roundId, String scope, List<VisitStatus> statuses, int afterRank, long afterId, int limit) {
		String statusFilter = statuses.isEmpty() ? "" : " AND status IN (:statuses)";
		JdbcClient.StatementSpec sql = InScope.bind(jdbc
			.sql("SELECT " + COLUMNS + " FROM household_visit WHERE round_id = :round AND " + InScope.sql()
					+ statusFilter + " AND (" + RANK + " > :rank OR (" + RANK + " = :rank AND id > :id))"
					+ " ORDER BY " + RANK + ", id LIMIT :limit"), scope);
		if (!statuses.isEmpty()) {
			sql = sql.param("statuses", statuses.stream().map(Enum::name).toList());
		}
		return sql.param("round", roundId)
			.param("rank", afterRank)
			.param("id", afterId)
			.param("limit", limit)
			.query(VisitDatabase::map)
			.list();
	}

	/**
	 * Where the worker goes after a door: the first household never tried after it (by id), else the first
	 * before it, then the same among those where nobody was home.
	 */
	Optional<VisitRow> nextOpen(long roundId, String scope, long afterId) {
		return InScope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM household_visit WHERE round_id = :round AND "
				+ InScope.sql() + " AND status IN ('PENDING', 'NOBODY_HOME') AND id <> :id ORDER BY " + RANK
				+ ", CASE WHEN id > :id THEN 0 ELSE 1 END, id LIMIT 1"), scope)
			.param("round", roundId)
			.param("id", afterId)
			.query(VisitDatabase::map)
			.optional();
	}

	/**
	 * A round's visits in a subtree and how many of them wait (never visited, or nobody home): one
	 * index-only count over the round's path index.
	 */
	Tally tally(long roundId, String scope) {
		return jdbc.sql("SELECT COUNT(*) AS visits, COALESCE(SUM(CASE WHEN status IN ('PENDING', 'NOBODY_HOME') THEN 1 ELSE 0 END), 0)"
				+ " AS waiting FROM household_visit WHERE round_id = ? AND " + InScope.positional())
			.params(roundId, InScope.pattern(scope))
			.query((rs, row) -> new Tally(rs.getLong("visits"), rs.getLong("waiting")))
			.single();
	}

	/** How many of a round's visits in a subtree there are, and how many still wait for a visit. */
	record Tally(long visits, long waiting) {
	}

	/** Every open visit of a subtree in place then address order, for the export; the caller closes the stream. */
	Stream<VisitRow> unvisited(long roundId, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM household_visit WHERE round_id = ? AND " + InScope.positional()
				+ " AND status IN ('PENDING', 'NOBODY_HOME') ORDER BY jurisdiction_path, id")
			.params(roundId, InScope.pattern(scope))
			.query(VisitDatabase::map)
			.stream();
	}

	/**
	 * The visit counts of a subtree per place and status: one index-only GROUP BY. The prefix is written
	 * into the statement rather than bound: PostgreSQL otherwise settles on one generic plan for all areas
	 * after a few county-sized calls and then scans the whole round for a village too.
	 */
	List<CoverageRollup.Count> coverage(long roundId, JurisdictionPath area) {
		return jdbc.sql("SELECT jurisdiction_path, status, COUNT(*) AS visits FROM household_visit"
				+ " WHERE round_id = ? AND " + InScope.inlined("jurisdiction_path", area.likePattern())
				+ " GROUP BY jurisdiction_path, status")
			.param(roundId)
			.query((rs, row) -> new CoverageRollup.Count(new JurisdictionPath(rs.getString("jurisdiction_path")),
					VisitStatus.valueOf(rs.getString("status")), rs.getLong("visits")))
			.list();
	}

	/**
	 * Moves a visit on only if nobody else moved it meanwhile; false when they did.
	 *
	 * @param knocks 1 for an outcome at the door, 0 for a correction of one (nobody knocked again)
	 */
	boolean update(long id, VisitStatus expected, VisitStatus next, Integer returnees, String note, int knocks, String by,
			Instant at) {
		return recounted(id, () -> jdbc.sql("""
				UPDATE household_visit SET status = :next, returnees = :returnees, note = :note, attempts = attempts + :knocks,
				  visited_by = :by, visited_at = :at
				WHERE id = :id AND status = :expected""")
			.param("next", next.name())
			.param("returnees", returnees, Types.INTEGER)
			.param("note", note, Types.VARCHAR)
			.param("knocks", knocks)
			.param("by", by)
			.param("at", RoundDatabase.utc(at))
			.param("id", id)
			.param("expected", expected.name())
			.update() == 1);
	}

	/**
	 * Makes a visit one with returnees after an arrival was registered from it, if nobody moved it
	 * meanwhile. The count is the larger of what the worker typed and the persons registered from the
	 * visit, so that registering the two returnees a worker announced leaves two, not four, and that
	 * the same arrival counted again changes nothing. A visit that already had returnees keeps its
	 * attempts and who visited it: nobody knocked again.
	 */
	boolean returneeRegistered(long id, VisitStatus expected, int personsRegistered, String by, Instant at) {
		return recounted(id, () -> jdbc.sql("""
				UPDATE household_visit SET status = 'VISITED_WITH_RETURNEES',
				  returnees = LEAST(99, GREATEST(COALESCE(returnees, 0), :registered)),
				  attempts = attempts + CASE WHEN status = 'VISITED_WITH_RETURNEES' THEN 0 ELSE 1 END,
				  visited_by = CASE WHEN status = 'VISITED_WITH_RETURNEES' THEN visited_by ELSE :by END,
				  visited_at = CASE WHEN status = 'VISITED_WITH_RETURNEES' THEN visited_at ELSE :at END
				WHERE id = :id AND status = :expected""")
			.param("registered", personsRegistered)
			.param("by", by)
			.param("at", RoundDatabase.utc(at))
			.param("id", id)
			.param("expected", expected.name())
			.update() == 1);
	}

	boolean reopen(long id, VisitStatus expected) {
		return recounted(id, () -> jdbc.sql("UPDATE household_visit SET status = 'PENDING', returnees = NULL WHERE id = ? AND status = ?")
			.params(id, expected.name())
			.update() == 1);
	}

	/**
	 * Runs a change of one visit and moves its places' tallies from what it counted before to what it counts
	 * after. The visit is read locked first, so that what it counted is what the change replaced.
	 */
	private boolean recounted(long id, BooleanSupplier change) {
		List<Counted> before = counted(id, " FOR UPDATE");
		if (!change.getAsBoolean()) {
			return false;
		}
		for (Counted was : before) {
			TALLY.add(jdbc, was.path(), -was.n(), was.figure(), was.hour());
		}
		for (Counted now : counted(id, "")) {
			TALLY.add(jdbc, now.path(), now.n(), now.figure(), now.hour());
		}
		return true;
	}

	/** What a visit counts in the tallies: nothing unless someone answered at the door, else one household and its returnees. */
	private List<Counted> counted(long id, String lock) {
		return jdbc.sql("SELECT jurisdiction_path, status, returnees, visited_at FROM household_visit WHERE id = ?" + lock)
			.param(id)
			.query((rs, row) -> {
				String status = rs.getString("status");
				Instant at = RoundDatabase.instant(rs, "visited_at");
				if (at == null || !COUNTED.contains(status)) {
					return List.<Counted>of();
				}
				JurisdictionPath path = new JurisdictionPath(rs.getString("jurisdiction_path"));
				long hour = WindowBuckets.hour(at);
				int returnees = rs.getInt("returnees");
				return returnees > 0
						? List.of(new Counted(path, HOUSEHOLDS, hour, 1), new Counted(path, RETURNEES, hour, returnees))
						: List.of(new Counted(path, HOUSEHOLDS, hour, 1));
			})
			.optional()
			.orElse(List.of());
	}

	private record Counted(JurisdictionPath path, String figure, long hour, long n) {
	}

	/** What the chart's month reads ({@code household_visit_tally}) from the visits themselves, by the keys {@link SubtreeTally#kept} reads. */
	Map<String, Long> recount(JurisdictionPath place) {
		Map<String, Long> counted = new HashMap<>();
		InScope.bind(jdbc.sql("SELECT jurisdiction_path, status, returnees, visited_at FROM household_visit WHERE "
				+ InScope.sql() + " AND visited_at IS NOT NULL"), place.likePattern()).query(rs -> {
			if (COUNTED.contains(rs.getString("status"))) {
				long hour = WindowBuckets.hour(RoundDatabase.instant(rs, "visited_at"));
				counted.merge(HOUSEHOLDS + "|" + hour, 1L, Long::sum);
				if (rs.getInt("returnees") > 0) {
					counted.merge(RETURNEES + "|" + hour, (long) rs.getInt("returnees"), Long::sum);
				}
			}
		});
		return counted;
	}

	/** @param corrects the status a correction replaced; null for an outcome at the door */
	void insertAttempt(long visitId, VisitOutcome outcome, VisitStatus corrects, Integer returnees, String note,
			String clientId, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO household_visit_attempt (visit_id, outcome, corrects, returnees, note, client_id, recorded_by, recorded_at)
				VALUES (:visit, :outcome, :corrects, :returnees, :note, :clientId, :by, :at)""")
			.param("visit", visitId)
			.param("outcome", outcome.name())
			.param("corrects", corrects == null ? null : corrects.name(), Types.VARCHAR)
			.param("returnees", returnees, Types.INTEGER)
			.param("note", note, Types.VARCHAR)
			.param("clientId", clientId, Types.VARCHAR)
			.param("by", by)
			.param("at", RoundDatabase.utc(at))
			.update();
	}

	/** A visit's outcomes and corrections, oldest first. */
	List<VisitEntry> history(long visitId) {
		return jdbc.sql("SELECT outcome, corrects, returnees, note, recorded_by, recorded_at FROM household_visit_attempt"
				+ " WHERE visit_id = ? ORDER BY recorded_at, id")
			.param(visitId)
			.query((rs, row) -> {
				int returnees = rs.getInt("returnees");
				Integer count = rs.wasNull() ? null : returnees;
				String corrects = rs.getString("corrects");
				return new VisitEntry(VisitOutcome.valueOf(rs.getString("outcome")),
						corrects == null ? null : VisitStatus.valueOf(corrects), count, rs.getString("note"),
						rs.getString("recorded_by"), null, RoundDatabase.instant(rs, "recorded_at"));
			})
			.list();
	}

	Optional<Long> visitOfAttempt(String clientId) {
		return jdbc.sql("SELECT visit_id FROM household_visit_attempt WHERE client_id = ?")
			.param(clientId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The visits first, as the other modules do: a visit being recorded holds its row and then its places'
	 * counts, so a move that held the counts first and then waited for the visit deadlocked with it.
	 */
	int repath(JurisdictionPath oldPath, JurisdictionPath newPath) {
		int moved = PathRestamp.under(jdbc, oldPath, newPath, "household_visit");
		TALLY.move(jdbc, oldPath, newPath);
		return moved;
	}

	private static void setText(PreparedStatement ps, int index, String text) throws SQLException {
		if (text == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, text);
		}
	}

	private static VisitRow map(ResultSet rs, int row) throws SQLException {
		int returnees = rs.getInt("returnees");
		Integer returneeCount = rs.wasNull() ? null : returnees;
		return new VisitRow(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("household_id"),
				rs.getString("jurisdiction_code"), new JurisdictionPath(rs.getString("jurisdiction_path")),
				rs.getString("address"), rs.getString("head_name"), rs.getInt("members"),
				VisitStatus.valueOf(rs.getString("status")), returneeCount, rs.getString("note"), rs.getInt("attempts"),
				rs.getString("visited_by"), RoundDatabase.instant(rs, "visited_at"));
	}
}
