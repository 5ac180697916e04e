package org.bastion.observation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.observation.AlertView.AlertAction;
import org.bastion.observation.AlertView.AlertKind;
import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NewestFirst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code health_alert} table. */
@Repository
class AlertDatabase {

	private static final String COLUMNS = """
			id, observation_id, person_id, person_name, reading_id, kind, temperature, symptoms, reading_date, status,
			monitor_username, jurisdiction_code, opened_at, closed_at, closed_by, action, note, referred_clinic_id,
			referred_clinic_name""";

	private final JdbcClient jdbc;

	AlertDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long open(ObservationRow order, long readingId, AlertKind kind, BigDecimal temperature, Set<Symptom> symptoms,
			LocalDate readingDate, Instant openedAt) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO health_alert (observation_id, person_id, person_name, reading_id, kind, temperature, symptoms,
				  reading_date, status, monitor_username, jurisdiction_code, jurisdiction_path, opened_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
			.params(order.id(), order.personId(), order.personName(), readingId, kind.name(), temperature,
					Symptom.toColumn(symptoms), readingDate, order.monitorUsername(), order.jurisdictionCode(),
					order.jurisdictionPath().value(), openedAt.atOffset(ZoneOffset.UTC)));
	}

	Optional<AlertView> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_alert WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(AlertDatabase::map)
			.optional();
	}

	Optional<AlertView> openFor(long observationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_alert WHERE observation_id = ? AND status = 'OPEN' ORDER BY id LIMIT 1")
			.param(observationId)
			.query(AlertDatabase::map)
			.optional();
	}

	/** The open alert of each of these orders that has one (the oldest, when several are open). */
	Map<Long, Long> openIdsFor(Collection<Long> observationIds) {
		if (observationIds.isEmpty()) {
			return new HashMap<>();
		}
		Map<Long, Long> open = new HashMap<>();
		jdbc.sql("SELECT observation_id, id FROM health_alert WHERE observation_id IN (:ids) AND status = 'OPEN' ORDER BY id")
			.param("ids", observationIds)
			.query(rs -> {
				open.putIfAbsent(rs.getLong(1), rs.getLong(2));
			});
		return open;
	}

	Optional<Long> idForReading(long readingId) {
		return jdbc.sql("SELECT id FROM health_alert WHERE reading_id = ?").param(readingId).query(Long.class).optional();
	}

	List<AlertView> ofObservation(long observationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_alert WHERE observation_id = ? ORDER BY id DESC")
			.param(observationId)
			.query(AlertDatabase::map)
			.list();
	}

	/** Newest first, after the id {@code before} when paging. */
	List<AlertView> list(String scope, String status, Long before, int limit) {
		return NewestFirst.page(jdbc, COLUMNS, "health_alert", scope, status, before, limit, AlertDatabase::map);
	}

	/** @return false when someone closed it first */
	boolean close(long id, AlertAction action, String note, String by) {
		return jdbc.sql("""
				UPDATE health_alert SET status = 'CLOSED', action = ?, note = ?, closed_by = ?, closed_at = CURRENT_TIMESTAMP
				WHERE id = ? AND status = 'OPEN'""")
			.params(action.name(), note, by, id)
			.update() == 1;
	}

	/** Closes an open alert with a referral to a clinic; false when someone closed it first. */
	boolean refer(long id, long clinicId, String clinicName, String note, String by, Instant at) {
		return jdbc.sql("""
				UPDATE health_alert SET status = 'CLOSED', action = 'REFERRED_TO_FEVER_CLINIC', referred_clinic_id = ?,
				  referred_clinic_name = ?, note = ?, closed_by = ?, closed_at = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(clinicId, clinicName, note, by, at.atOffset(ZoneOffset.UTC), id)
			.update() == 1;
	}

	/** The place of an alert, to check a write into it. */
	Optional<JurisdictionPath> pathOf(long id) {
		return jdbc.sql("SELECT jurisdiction_path FROM health_alert WHERE id = ?")
			.param(id)
			.query((rs, row) -> new JurisdictionPath(rs.getString(1)))
			.optional();
	}

	long countOpen(String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM health_alert WHERE status = 'OPEN' AND " + InScope.positional())
			.param(InScope.pattern(scope))
			.query(Long.class)
			.single();
	}

	/** An alert as stored: its logins' display names are the service's to add ({@code AlertView.named}). */
	private static AlertView map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime opened = rs.getObject("opened_at", OffsetDateTime.class);
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		String action = rs.getString("action");
		return new AlertView(rs.getLong("id"), rs.getLong("observation_id"), rs.getLong("person_id"),
				rs.getString("person_name"), AlertKind.valueOf(rs.getString("kind")), rs.getBigDecimal("temperature"),
				Symptom.fromColumn(rs.getString("symptoms")), rs.getObject("reading_date", LocalDate.class),
				rs.getLong("reading_id"), rs.getString("status"), rs.getString("monitor_username"), null,
				rs.getString("jurisdiction_code"), opened == null ? null : opened.toInstant(),
				closed == null ? null : closed.toInstant(), rs.getString("closed_by"), null,
				action == null ? null : AlertAction.valueOf(action), rs.getString("note"),
				rs.getObject("referred_clinic_id", Long.class), rs.getString("referred_clinic_name"));
	}
}
