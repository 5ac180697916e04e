package org.bastion.checkpoint;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the rosters: {@code checkpoint_shift}, its assignments and the swaps asked for. */
@Repository
class ShiftDatabase {

	/** A shift as stored. */
	record ShiftRow(long id, long checkpointId, ShiftPattern pattern, int slot, Instant startsAt, Instant endsAt,
			LocalDate fieldDate, int minPeople, boolean gap, JurisdictionPath path) {
	}

	/** One person on a shift. */
	record AssignmentRow(long id, long shiftId, long checkpointId, long userId, String username, boolean leader,
			Instant startsAt, Instant endsAt, Instant checkedInAt) {

		RestPolicy.Duty duty() {
			return new RestPolicy.Duty(checkpointId, startsAt, endsAt);
		}
	}

	/** A swap as stored. */
	record SwapRow(long id, long shiftId, long fromUserId, long toUserId, Long withShiftId, SwapStatus status,
			JurisdictionPath path, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) {
	}

	private static final String SHIFTS = """
			SELECT id, checkpoint_id, pattern, slot, starts_at, ends_at, field_date, min_people, gap, jurisdiction_path
			FROM checkpoint_shift""";

	private static final String ASSIGNMENTS = """
			SELECT id, shift_id, checkpoint_id, user_id, username, leader, starts_at, ends_at, checked_in_at
			FROM checkpoint_shift_assignment""";

	private static final String SWAPS = """
			SELECT id, shift_id, from_user_id, to_user_id, with_shift_id, status, jurisdiction_path, requested_by,
			  requested_at, decided_by, decided_at
			FROM checkpoint_shift_swap""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ShiftDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private static final String INSERT_SHIFTS = """
			INSERT INTO checkpoint_shift (checkpoint_id, pattern, slot, starts_at, ends_at, field_date, min_people, gap,
			  jurisdiction_path, created_by, created_at)
			VALUES """;

	private static final String SHIFT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_ASSIGNMENTS = """
			INSERT INTO checkpoint_shift_assignment (shift_id, checkpoint_id, user_id, username, leader, starts_at, ends_at)
			VALUES """;

	private static final String ASSIGNMENT_VALUES = "(?, ?, ?, ?, ?, ?, ?)";

	/**
	 * Rows a multi-row insert carries at once: a month of three shifts a day in one statement, its people in
	 * two, far below PostgreSQL's 32,767 bound parameters. One statement of many rows costs the database one
	 * parse and one executor run where a JDBC batch costs one of each per row.
	 */
	static final int ROWS_PER_INSERT = 100;

	/**
	 * Stores the planned shifts of a checkpoint with multi-row inserts and answers them as stored, in the order
	 * given: null for a shift whose start another request took at the checkpoint since it was read (the unique
	 * key, {@code ON CONFLICT DO NOTHING}), which stays as that request made it.
	 */
	List<ShiftRow> insertShifts(long checkpointId, ShiftPattern pattern, List<RosterGenerator.Planned> planned,
			int minPeople, JurisdictionPath path, String by, Instant at) {
		List<ShiftRow> rows = new ArrayList<>(planned.size());
		for (int from = 0; from < planned.size(); from += ROWS_PER_INSERT) {
			List<RosterGenerator.Planned> chunk = planned.subList(from, Math.min(planned.size(), from + ROWS_PER_INSERT));
			// Each id is matched to its shift by the start it came back with (unique at the checkpoint), not by
			// the order the database hands the keys back in.
			Map<Instant, Long> ids = batch.execute(
					(java.sql.Connection connection) -> connection.prepareStatement(
							INSERT_SHIFTS + String.join(", ", java.util.Collections.nCopies(chunk.size(), SHIFT_VALUES))
									+ " ON CONFLICT DO NOTHING",
							new String[] { "id", "starts_at" }),
					(PreparedStatement ps) -> {
						int p = 0;
						for (RosterGenerator.Planned shift : chunk) {
							ps.setLong(++p, checkpointId);
							ps.setString(++p, pattern.name());
							ps.setInt(++p, shift.slot());
							ps.setObject(++p, utc(shift.start()));
							ps.setObject(++p, utc(shift.end()));
							ps.setObject(++p, shift.day(), Types.DATE);
							ps.setInt(++p, minPeople);
							ps.setBoolean(++p, shift.gap(minPeople));
							ps.setString(++p, path.value());
							ps.setString(++p, by);
							ps.setObject(++p, utc(at));
						}
						ps.executeUpdate();
						Map<Instant, Long> back = new HashMap<>();
						try (ResultSet keys = ps.getGeneratedKeys()) {
							while (keys.next()) {
								back.put(instant(keys, "starts_at"), keys.getLong("id"));
							}
						}
						return back;
					});
			for (RosterGenerator.Planned shift : chunk) {
				Long id = ids.get(shift.start());
				rows.add(id == null ? null : new ShiftRow(id, checkpointId, pattern, shift.slot(), shift.start(), shift.end(),
						shift.day(), minPeople, shift.gap(minPeople), path));
			}
		}
		return rows;
	}

	/** A person to put on a stored shift. */
	record NewAssignment(ShiftRow shift, long userId, String username, boolean leader) {
	}

	/** Puts people on shifts with multi-row inserts. */
	void insertAssignments(List<NewAssignment> assignments) {
		for (int from = 0; from < assignments.size(); from += ROWS_PER_INSERT) {
			List<NewAssignment> chunk = assignments.subList(from, Math.min(assignments.size(), from + ROWS_PER_INSERT));
			batch.update(INSERT_ASSIGNMENTS + String.join(", ", java.util.Collections.nCopies(chunk.size(), ASSIGNMENT_VALUES)),
					ps -> {
						int p = 0;
						for (NewAssignment a : chunk) {
							ps.setLong(++p, a.shift().id());
							ps.setLong(++p, a.shift().checkpointId());
							ps.setLong(++p, a.userId());
							ps.setString(++p, a.username());
							ps.setBoolean(++p, a.leader());
							ps.setObject(++p, utc(a.shift().startsAt()));
							ps.setObject(++p, utc(a.shift().endsAt()));
						}
					});
		}
	}

	void insertAssignment(ShiftRow shift, long userId, String username, boolean leader) {
		jdbc.sql(INSERT_ASSIGNMENTS + ASSIGNMENT_VALUES)
			.params(shift.id(), shift.checkpointId(), userId, username, leader, utc(shift.startsAt()), utc(shift.endsAt()))
			.update();
	}

	int deleteAssignment(long shiftId, long userId) {
		return jdbc.sql("DELETE FROM checkpoint_shift_assignment WHERE shift_id = ? AND user_id = ?")
			.params(shiftId, userId)
			.update();
	}

	/** Makes {@code userId} the shift's only leader (null: nobody leads). */
	void lead(long shiftId, Long userId) {
		jdbc.sql("UPDATE checkpoint_shift_assignment SET leader = (user_id = ?) WHERE shift_id = ?")
			.params(userId == null ? -1L : userId, shiftId)
			.update();
	}

	/** Sets the shift's gap from its people and leader; answers whether it is short now. */
	boolean refreshGap(long shiftId) {
		jdbc.sql("""
				UPDATE checkpoint_shift SET gap = (
				  (SELECT COUNT(*) FROM checkpoint_shift_assignment a WHERE a.shift_id = checkpoint_shift.id) < min_people
				  OR NOT EXISTS (SELECT 1 FROM checkpoint_shift_assignment a WHERE a.shift_id = checkpoint_shift.id
				    AND a.leader = TRUE))
				WHERE id = ?""").param(shiftId).update();
		return jdbc.sql("SELECT gap FROM checkpoint_shift WHERE id = ?").param(shiftId).query(Boolean.class).single();
	}

	Optional<ShiftRow> find(long id, String scope) {
		return jdbc.sql(SHIFTS + " WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(ShiftDatabase::shift)
			.optional();
	}

	/** Unscoped: the shifts a person is on are theirs to see wherever they lie. */
	List<ShiftRow> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SHIFTS + " WHERE id IN (:ids) ORDER BY starts_at, id").param("ids", List.copyOf(ids))
			.query(ShiftDatabase::shift)
			.list();
	}

	/** A checkpoint's shifts starting in {@code [from, to)}, in time order. */
	List<ShiftRow> shifts(long checkpointId, Instant from, Instant to) {
		return jdbc.sql(SHIFTS + " WHERE checkpoint_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")
			.params(checkpointId, utc(from), utc(to))
			.query(ShiftDatabase::shift)
			.list();
	}

	/** What a roster is generated around: the starts taken at its checkpoint and its pool's duties anywhere. */
	record Around(Set<Instant> taken, Map<Long, List<RestPolicy.Duty>> duties) {
	}

	/**
	 * The starts of the checkpoint's shifts in {@code [from, to)} and what these people are on duty for, at
	 * every checkpoint, overlapping it: one statement, as a roster reads both before it is laid out.
	 */
	Around around(long checkpointId, Collection<Long> userIds, Instant from, Instant to) {
		Set<Instant> taken = new HashSet<>();
		Map<Long, List<RestPolicy.Duty>> byUser = new HashMap<>();
		String duties = userIds.isEmpty() ? "" : """
				UNION ALL
				SELECT user_id, checkpoint_id, starts_at, ends_at FROM checkpoint_shift_assignment
				WHERE user_id IN (:users) AND starts_at < :to AND ends_at > :from""";
		var query = jdbc.sql("""
				SELECT CAST(NULL AS BIGINT) AS user_id, checkpoint_id, starts_at, ends_at FROM checkpoint_shift
				WHERE checkpoint_id = :checkpoint AND starts_at >= :from AND starts_at < :to
				""" + duties)
			.param("checkpoint", checkpointId)
			.param("from", utc(from))
			.param("to", utc(to));
		if (!userIds.isEmpty()) {
			query = query.param("users", List.copyOf(userIds));
		}
		query.query((RowCallbackHandler) rs -> {
			long user = rs.getLong("user_id");
			if (rs.wasNull()) {
				taken.add(instant(rs, "starts_at"));
			}
			else {
				byUser.computeIfAbsent(user, k -> new ArrayList<>())
					.add(new RestPolicy.Duty(rs.getLong("checkpoint_id"), instant(rs, "starts_at"), instant(rs, "ends_at")));
			}
		});
		return new Around(taken, byUser);
	}

	/** The people on these shifts, by shift, leaders first. */
	Map<Long, List<AssignmentRow>> assignments(Collection<Long> shiftIds) {
		Map<Long, List<AssignmentRow>> byShift = new HashMap<>();
		if (shiftIds.isEmpty()) {
			return byShift;
		}
		jdbc.sql(ASSIGNMENTS + " WHERE shift_id IN (:ids) ORDER BY leader DESC, id")
			.param("ids", List.copyOf(shiftIds))
			.query(ShiftDatabase::assignment)
			.list()
			.forEach(a -> byShift.computeIfAbsent(a.shiftId(), k -> new ArrayList<>()).add(a));
		return byShift;
	}

	/** A person's duties ending after {@code from}, soonest first, at most {@code limit}. */
	List<AssignmentRow> dutiesOf(long userId, Instant from, int limit) {
		return jdbc.sql(ASSIGNMENTS + " WHERE user_id = ? AND ends_at > ? ORDER BY starts_at LIMIT ?")
			.params(userId, utc(from), limit)
			.query(ShiftDatabase::assignment)
			.list();
	}

	/** The checkpoint's duty of a person that is current at {@code at}: started (or starting within the lead) and not ended. */
	Optional<AssignmentRow> current(long userId, Long checkpointId, Instant at, Instant earliestStart) {
		return jdbc.sql(ASSIGNMENTS + " WHERE user_id = ? AND starts_at <= ? AND ends_at > ?"
				+ (checkpointId == null ? "" : " AND checkpoint_id = " + checkpointId) + " ORDER BY starts_at LIMIT 1")
			.params(userId, utc(earliestStart), utc(at))
			.query(ShiftDatabase::assignment)
			.optional();
	}

	/** Stamps the check-in once: answers whether this call stamped it. */
	boolean checkIn(long assignmentId, Instant at) {
		return jdbc.sql("UPDATE checkpoint_shift_assignment SET checked_in_at = ? WHERE id = ? AND checked_in_at IS NULL")
			.params(utc(at), assignmentId)
			.update() == 1;
	}

	Optional<AssignmentRow> assignment(long assignmentId) {
		return jdbc.sql(ASSIGNMENTS + " WHERE id = ?").param(assignmentId).query(ShiftDatabase::assignment).optional();
	}

	/** A page of the area's shifts short of people or a leader that have not ended, soonest first by id order. */
	List<ShiftRow> gaps(String scope, Instant now, Long after, int fetch) {
		return jdbc.sql(SHIFTS + " WHERE gap = TRUE AND " + InScope.positional() + " AND ends_at > ? AND id > ? ORDER BY id LIMIT ?")
			.params(InScope.pattern(scope), utc(now), after == null ? 0 : after, fetch)
			.query(ShiftDatabase::shift)
			.list();
	}

	long countGaps(String scope, Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM checkpoint_shift WHERE gap = TRUE AND " + InScope.positional() + " AND ends_at > ?")
			.params(InScope.pattern(scope), utc(now))
			.query(Long.class)
			.single();
	}

	/** Minutes on duty and shifts per person at a checkpoint for the shifts starting in {@code [from, to)}. */
	record Hours(long userId, String username, long shifts, long minutes) {
	}

	List<Hours> hours(long checkpointId, Instant from, Instant to) {
		Map<Long, long[]> sums = new java.util.LinkedHashMap<>();
		Map<Long, String> logins = new HashMap<>();
		jdbc.sql(ASSIGNMENTS + " WHERE checkpoint_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY username")
			.params(checkpointId, utc(from), utc(to))
			.query((RowCallbackHandler) rs -> {
				AssignmentRow a = assignment(rs, 0);
				long[] sum = sums.computeIfAbsent(a.userId(), k -> new long[2]);
				sum[0]++;
				sum[1] += java.time.Duration.between(a.startsAt(), a.endsAt()).toMinutes();
				logins.put(a.userId(), a.username());
			});
		return sums.entrySet().stream()
			.map(e -> new Hours(e.getKey(), logins.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	long insertSwap(long shiftId, long fromUserId, long toUserId, Long withShiftId, JurisdictionPath path, String by,
			Instant at) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO checkpoint_shift_swap (shift_id, from_user_id, to_user_id, with_shift_id, status, jurisdiction_path,
				  requested_by, requested_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(shiftId, fromUserId, toUserId, withShiftId, SwapStatus.REQUESTED.name(), path.value(), by, utc(at)));
	}

	Optional<SwapRow> findSwap(long id, String scope) {
		return jdbc.sql(SWAPS + " WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(ShiftDatabase::swap)
			.optional();
	}

	Optional<SwapRow> openSwap(long shiftId, long fromUserId, long toUserId) {
		return jdbc.sql(SWAPS + " WHERE shift_id = ? AND from_user_id = ? AND to_user_id = ? AND status = 'REQUESTED'")
			.params(shiftId, fromUserId, toUserId)
			.query(ShiftDatabase::swap)
			.optional();
	}

	/** Decides a requested swap; answers whether it was still requested. */
	boolean decide(long swapId, SwapStatus status, String by, Instant at) {
		return jdbc.sql("UPDATE checkpoint_shift_swap SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'REQUESTED'")
			.params(status.name(), by, utc(at), swapId)
			.update() == 1;
	}

	/** Moves a place on a shift from one person to another, keeping whether it leads. */
	void handOver(long shiftId, long fromUserId, long toUserId, String toUsername) {
		jdbc.sql("UPDATE checkpoint_shift_assignment SET user_id = ?, username = ?, checked_in_at = NULL WHERE shift_id = ? AND user_id = ?")
			.params(toUserId, toUsername, shiftId, fromUserId)
			.update();
	}

	/** The names of these checkpoints, by id: unscoped, for the shifts a person is on. */
	Map<Long, String> checkpointNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM checkpoint WHERE id IN (:ids)")
			.param("ids", List.copyOf(ids))
			.query((RowCallbackHandler) rs -> names.put(rs.getLong("id"), rs.getString("name")));
		return names;
	}

	/** The checkpoint whose poster carries this code, wherever it lies: a scan is checked against the scanner's own shifts. */
	Optional<Long> checkpointAt(String siteCode) {
		return jdbc.sql("SELECT id FROM checkpoint WHERE site_code = ?").param(siteCode).query(Long.class).optional();
	}

	/** The swaps still to decide of a checkpoint's shifts, oldest first. */
	List<SwapRow> openSwaps(long checkpointId, String scope) {
		return jdbc.sql(SWAPS + " WHERE status = 'REQUESTED' AND " + InScope.positional()
				+ " AND shift_id IN (SELECT id FROM checkpoint_shift WHERE checkpoint_id = ?) ORDER BY id LIMIT 100")
			.params(InScope.pattern(scope), checkpointId)
			.query(ShiftDatabase::swap)
			.list();
	}

	/** Who else is on a checkpoint's shifts ending after {@code from}: the colleagues a person may swap with. */
	Map<Long, String> colleagues(long checkpointId, long exceptUserId, Instant from) {
		Map<Long, String> people = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT DISTINCT user_id, username FROM checkpoint_shift_assignment WHERE checkpoint_id = ? AND user_id <> ?"
				+ " AND ends_at > ? ORDER BY username LIMIT 100")
			.params(checkpointId, exceptUserId, utc(from))
			.query((RowCallbackHandler) rs -> people.put(rs.getLong("user_id"), rs.getString("username")));
		return people;
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "checkpoint_shift", "checkpoint_shift_swap");
	}

	private static ShiftRow shift(ResultSet rs, int row) throws SQLException {
		return new ShiftRow(rs.getLong("id"), rs.getLong("checkpoint_id"), ShiftPattern.valueOf(rs.getString("pattern")),
				rs.getInt("slot"), instant(rs, "starts_at"), instant(rs, "ends_at"),
				rs.getObject("field_date", LocalDate.class), rs.getInt("min_people"), rs.getBoolean("gap"),
				new JurisdictionPath(rs.getString("jurisdiction_path")));
	}

	private static AssignmentRow assignment(ResultSet rs, int row) throws SQLException {
		return new AssignmentRow(rs.getLong("id"), rs.getLong("shift_id"), rs.getLong("checkpoint_id"),
				rs.getLong("user_id"), rs.getString("username"), rs.getBoolean("leader"), instant(rs, "starts_at"),
				instant(rs, "ends_at"), instant(rs, "checked_in_at"));
	}

	private static SwapRow swap(ResultSet rs, int row) throws SQLException {
		long with = rs.getLong("with_shift_id");
		Long withShift = rs.wasNull() ? null : with;
		return new SwapRow(rs.getLong("id"), rs.getLong("shift_id"), rs.getLong("from_user_id"), rs.getLong("to_user_id"),
				withShift, SwapStatus.valueOf(rs.getString("status")),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("requested_by"),
				instant(rs, "requested_at"), rs.getString("decided_by"), instant(rs, "decided_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
