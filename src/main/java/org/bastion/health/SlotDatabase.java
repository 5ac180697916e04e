package org.bastion.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code check_slot} table: the checks an order expects, made up front. */
@Repository
class SlotDatabase {

	/** A slot that passed without a reading, with whose it is. */
	record Missed(long observationId, LocalDate date, int slot, LocalTime windowStart, LocalTime windowEnd,
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

	Set<Integer> filled(long observationId, LocalDate date) {
		return new TreeSet<>(jdbc.sql("SELECT slot FROM check_slot WHERE observation_id = ? AND slot_date = ? AND reading_count > 0")
			.params(observationId, date)
			.query(Integer.class)
			.list());
	}

	void noteReading(long observationId, LocalDate date, int slot, boolean abnormal) {
		jdbc.sql("""
				UPDATE check_slot SET reading_count = reading_count + 1, abnormal = (abnormal OR ?)
				WHERE observation_id = ? AND slot_date = ? AND slot = ?""")
			.params(abnormal, observationId, date, slot)
			.update();
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
	List<Missed> missed(String scope, LocalDate date, LocalTime passedBy, Long monitorUserId, int limit) {
		String sql = """
				SELECT s.observation_id, s.slot_date, s.slot, s.window_start, s.window_end, o.person_id, o.person_name,
				  o.monitor_username, o.jurisdiction_code
				FROM check_slot s JOIN observation o ON o.id = s.observation_id
				WHERE s.slot_date = :date AND s.jurisdiction_path LIKE :scope AND s.reading_count = 0
				  AND s.window_end <= :passedBy""" + (monitorUserId == null ? "" : " AND s.monitor_user_id = :monitor") + """

				ORDER BY o.jurisdiction_code, o.person_name, s.observation_id, s.slot LIMIT :limit""";
		JdbcClient.StatementSpec statement = jdbc.sql(sql)
			.param("date", date)
			.param("scope", scope)
			.param("passedBy", passedBy)
			.param("limit", limit);
		if (monitorUserId != null) {
			statement = statement.param("monitor", monitorUserId);
		}
		return statement.query((rs, n) -> new Missed(rs.getLong("observation_id"),
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
}
