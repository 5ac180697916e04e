package org.bastion.checkin;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.observation.AlertView.AlertKind;
import org.bastion.observation.Symptom;
import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkin_entry}, {@code checkin_reminder} and {@code checkin_alert} tables. */
@Repository
class CheckInDatabase {

	private static final String ENTRY = """
			id, unit_id, person_id, entry_date, slot, temperature, symptoms, abnormal, recorded_by, recorded_at""";

	private static final String ALERT = """
			id, unit_id, person_id, person_name, kind, temperature, status, opened_at, closed_by, note""";

	private final JdbcClient jdbc;

	CheckInDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String clientId, long unitId, long personId, LocalDate date, int slot, BigDecimal temperature,
			Set<Symptom> symptoms, boolean abnormal, JurisdictionPath path, String by) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO checkin_entry (client_id, unit_id, person_id, entry_date, slot, temperature, symptoms, abnormal,
				  jurisdiction_path, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(clientId, unitId, personId, date, slot, temperature, Symptom.toColumn(symptoms), abnormal,
					path.value(), by));
	}

	Optional<CheckInView> entry(long id) {
		return jdbc.sql("SELECT " + ENTRY + " FROM checkin_entry WHERE id = ?").param(id).query(CheckInDatabase::mapEntry).optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<CheckInView> entryByClientId(String clientId) {
		return jdbc.sql("SELECT " + ENTRY + " FROM checkin_entry WHERE client_id = ?")
			.param(clientId)
			.query(CheckInDatabase::mapEntry)
			.optional();
	}

	List<CheckInView> entriesOn(long unitId, LocalDate date) {
		return jdbc.sql("SELECT " + ENTRY + " FROM checkin_entry WHERE unit_id = ? AND entry_date = ? ORDER BY id DESC")
			.params(unitId, date)
			.query(CheckInDatabase::mapEntry)
			.list();
	}

	void remind(long unitId, long personId, LocalDate date, int slot, String by) {
		jdbc.sql("""
				INSERT INTO checkin_reminder (unit_id, person_id, entry_date, slot, reminded_by, reminded_at)
				VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(unitId, personId, date, slot, by)
			.update();
	}

	/** The last reminder of each person for one window. */
	Map<Long, Instant> reminders(long unitId, LocalDate date, int slot) {
		Map<Long, Instant> last = new HashMap<>();
		jdbc.sql("""
				SELECT person_id, MAX(reminded_at) AS at FROM checkin_reminder
				WHERE unit_id = ? AND entry_date = ? AND slot = ? GROUP BY person_id""")
			.params(unitId, date, slot)
			.query((ResultSet rs) -> {
				OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
				last.put(rs.getLong("person_id"), at.toInstant());
			});
		return last;
	}

	long openAlert(long entryId, long unitId, long personId, String personName, AlertKind kind, BigDecimal temperature,
			JurisdictionPath path) {
		jdbc.sql("""
				INSERT INTO checkin_alert (entry_id, unit_id, person_id, person_name, kind, temperature, status,
				  jurisdiction_path, opened_at)
				VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, CURRENT_TIMESTAMP)""")
			.params(entryId, unitId, personId, personName, kind.name(), temperature, path.value())
			.update();
		return jdbc.sql("SELECT id FROM checkin_alert WHERE entry_id = ?").param(entryId).query(Long.class).single();
	}

	List<CheckInAlertView> alerts(long unitId, boolean openOnly) {
		return jdbc.sql("SELECT " + ALERT + " FROM checkin_alert WHERE unit_id = ?"
				+ (openOnly ? " AND status = 'OPEN'" : "") + " ORDER BY id DESC LIMIT 200")
			.param(unitId)
			.query(CheckInDatabase::mapAlert)
			.list();
	}

	Optional<CheckInAlertView> alert(long id, String scope) {
		return jdbc.sql("SELECT " + ALERT + " FROM checkin_alert WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(CheckInDatabase::mapAlert)
			.optional();
	}

	/** @return false when someone closed it first */
	boolean closeAlert(long id, String note, String by) {
		return jdbc.sql("""
				UPDATE checkin_alert SET status = 'CLOSED', note = ?, closed_by = ?, closed_at = CURRENT_TIMESTAMP
				WHERE id = ? AND status = 'OPEN'""")
			.params(note, by, id)
			.update() == 1;
	}

	/** Check-ins and alerts as stored: their logins' display names are the service's to add. */
	private static CheckInView mapEntry(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
		return new CheckInView(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"),
				rs.getObject("entry_date", LocalDate.class), rs.getInt("slot"), rs.getBigDecimal("temperature"),
				Symptom.fromColumn(rs.getString("symptoms")), rs.getBoolean("abnormal"),
				rs.getString("recorded_by"), null, at == null ? null : at.toInstant(), false);
	}

	private static CheckInAlertView mapAlert(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("opened_at", OffsetDateTime.class);
		return new CheckInAlertView(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"),
				rs.getString("person_name"), AlertKind.valueOf(rs.getString("kind")), rs.getBigDecimal("temperature"),
				rs.getString("status"), at == null ? null : at.toInstant(), rs.getString("closed_by"), null,
				rs.getString("note"));
	}
}
