package org.bastion.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bastion.shared.ColumnArrays;
import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code check_slot} table: the checks an order expects, made up front. */
@Repository
class SlotDatabase {

	/** A slot that passed without a reading, with whose it is. */
	record MissedSlot(long observationId, LocalDate date, int slot, LocalTime windowStart, LocalTime windowEnd,
			long personId, String personName, String monitorUsername, String jurisdictionCode) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SlotDatabase(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insertAll(long observationId, List<LocalDate> dates, List<CheckWindow> windows, Long monitorUserId,
			JurisdictionPath path) {
		List<Object[]> rows = new ArrayList<>();
		for (LocalDate date : dates) {
			for (int slot = 1; slot <= windows.size(); slot++) {
				CheckWindow window = windows.get(slot - 1);
				rows.add(new Object[] { observationId, date, slot, window.start(), window.end(), monitorUserId, path.value() });
			}
		}
		template.batchUpdate("""
				INSERT INTO check_slot (observation_id, slot_date, slot, window_start, window_end, monitor_user_id,
				  jurisdiction_path) VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	List<SlotRow> ofObservation(long observationId) {
		return jdbc.sql("SELECT * FROM check_slot WHERE observation_id = ? ORDER BY slot_date, slot")
			.param(observationId)
			.query(SlotDatabase::map)
			.list();
	}

	List<SlotRow> on(List<Long> observationIds, LocalDate date) {
		if (observationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM check_slot WHERE observation_id IN (:ids) AND slot_date = :date ORDER BY slot")
			.param("ids", observationIds)
			.param("date", date)
			.query(SlotDatabase::map)
			.list();
	}

	/** A slot of a day of an order. */
	record SlotKey(long observationId, LocalDate date, int slot) {
	}

	/** What a set of readings does to one slot: how many it got and whether any was abnormal. */
	record Tally(SlotKey key, int readings, boolean abnormal) {
	}

	/** The slots that have a reading, of these orders between two days. */
	Set<SlotKey> filled(Collection<Long> observationIds, LocalDate from, LocalDate to) {
		if (observationIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT observation_id, slot_date, slot FROM check_slot
				WHERE observation_id IN (:ids) AND slot_date BETWEEN :from AND :to AND reading_count > 0""")
			.param("ids", observationIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new SlotKey(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
			.list());
	}

	/** The slots of these orders between two days, with their windows and readings, in order. */
	List<SlotRow> between(Collection<Long> observationIds, LocalDate from, LocalDate to) {
		if (observationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM check_slot WHERE observation_id IN (:ids) AND slot_date BETWEEN :from AND :to
				ORDER BY observation_id, slot_date, slot""")
			.param("ids", observationIds)
			.param("from", from)
			.param("to", to)
			.query(SlotDatabase::map)
			.list();
	}

	/** Counts readings into their slots, all in one statement. */
	void noteReadings(Collection<Tally> tallies) {
		if (tallies.isEmpty()) {
			return;
		}
		if (tallies.size() == 1) {
			// A single check: a plain update, with no arrays to build and unpack.
			Tally tally = tallies.iterator().next();
			jdbc.sql("""
					UPDATE check_slot SET reading_count = reading_count + ?, abnormal = abnormal OR ?
					WHERE observation_id = ? AND slot_date = ? AND slot = ?""")
				.params(tally.readings(), tally.abnormal(), tally.key().observationId(), tally.key().date(),
						tally.key().slot())
				.update();
			return;
		}
		int n = tallies.size();
		Long[] observationId = new Long[n];
		LocalDate[] date = new LocalDate[n];
		Integer[] slot = new Integer[n];
		Integer[] readings = new Integer[n];
		Boolean[] abnormal = new Boolean[n];
		int i = 0;
		for (Tally tally : tallies) {
			observationId[i] = tally.key().observationId();
			date[i] = tally.key().date();
			slot[i] = tally.key().slot();
			readings[i] = tally.readings();
			abnormal[i] = tally.abnormal();
			i++;
		}
		ColumnArrays.of()
			.column("bigint", observationId)
			.column("date", date)
			.column("integer", slot)
			.column("integer", readings)
			.column("boolean", abnormal)
			.update(template, """
					MERGE INTO check_slot s
					USING (SELECT * FROM UNNEST(?, ?, ?, ?, ?) AS t(observation_id, slot_date, slot, readings, abnormal)) t
					ON s.observation_id = t.observation_id AND s.slot_date = t.slot_date AND s.slot = t.slot
					WHEN MATCHED THEN UPDATE SET reading_count = s.reading_count + t.readings, abnormal = s.abnormal OR t.abnormal""");
	}

	/** A released order expects nothing more: its empty slots from the release day on go. */
	void dropEmptyFrom(long observationId, LocalDate date) {
		jdbc.sql("DELETE FROM check_slot WHERE observation_id = ? AND slot_date >= ? AND reading_count = 0")
			.params(observationId, date)
			.update();
	}

	/**
	 * Slots of {@code date} whose window ended by {@code passedBy} with no reading.
	 *
	 * @param monitorUserId only this monitor's slots, or null for everyone's in the scope
	 */
	List<MissedSlot> missed(String scope, LocalDate date, LocalTime passedBy, Long monitorUserId, int limit) {
		return empty(scope, date, "s.window_end <= :at", passedBy, monitorUserId, limit);
	}

	/** Slots of {@code date} whose window is open at {@code at} and holds no reading yet: the checks due now. */
	List<MissedSlot> dueNow(String scope, LocalDate date, LocalTime at, int limit) {
		return empty(scope, date, "s.window_start <= :at AND s.window_end > :at", at, null, limit);
	}

	/**
	 * How many of an area's slots of {@code date} hold no reading and are due at {@code at} or were missed by
	 * then: one count over the day's slots of the area, for the badge on every page.
	 */
	EmptyTally emptyTally(String scope, LocalDate date, LocalTime at) {
		return InScope.bind(jdbc.sql("""
				SELECT COALESCE(SUM(CASE WHEN window_end <= :at THEN 1 ELSE 0 END), 0) AS missed,
				  COALESCE(SUM(CASE WHEN window_end > :at THEN 1 ELSE 0 END), 0) AS due
				FROM check_slot WHERE slot_date = :date AND %s AND reading_count = 0 AND window_start <= :at"""
			.formatted(InScope.sql())), scope)
			.param("date", date)
			.param("at", at)
			.query((rs, n) -> new EmptyTally(rs.getLong("due"), rs.getLong("missed")))
			.single();
	}

	/** An area's checks due now and missed so far, of one day. */
	record EmptyTally(long due, long missed) {
	}

	private List<MissedSlot> empty(String scope, LocalDate date, String window, LocalTime at, Long monitorUserId,
			int limit) {
		String sql = """
				SELECT s.observation_id, s.slot_date, s.slot, s.window_start, s.window_end, o.person_id, o.person_name,
				  o.monitor_username, o.jurisdiction_code
				FROM check_slot s JOIN observation o ON o.id = s.observation_id
				WHERE s.slot_date = :date AND %s AND s.reading_count = 0
				  AND %s%s
				ORDER BY o.jurisdiction_code, o.person_name, s.observation_id, s.slot LIMIT :limit""".formatted(
				InScope.sql("s.jurisdiction_path"), window, monitorUserId == null ? "" : " AND s.monitor_user_id = :monitor");
		JdbcClient.StatementSpec statement = InScope.bind(jdbc.sql(sql), scope)
			.param("date", date)
			.param("at", at)
			.param("limit", limit);
		if (monitorUserId != null) {
			statement = statement.param("monitor", monitorUserId);
		}
		return statement.query((rs, n) -> new MissedSlot(rs.getLong("observation_id"),
				rs.getObject("slot_date", LocalDate.class), rs.getInt("slot"), rs.getObject("window_start", LocalTime.class),
				rs.getObject("window_end", LocalTime.class), rs.getLong("person_id"), rs.getString("person_name"),
				rs.getString("monitor_username"), rs.getString("jurisdiction_code")))
			.list();
	}

	private static SlotRow map(ResultSet rs, int row) throws SQLException {
		return new SlotRow(rs.getLong("observation_id"), rs.getObject("slot_date", LocalDate.class), rs.getInt("slot"),
				rs.getObject("window_start", LocalTime.class), rs.getObject("window_end", LocalTime.class),
				rs.getInt("reading_count"), rs.getBoolean("abnormal"));
	}

	/** A check slot as stored, with how many readings filled it and whether one was abnormal. */
	record SlotRow(long observationId, LocalDate date, int slot, LocalTime windowStart, LocalTime windowEnd,
			int readingCount, boolean abnormal) {
	}
}
