package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.bastion.observation.AlertView.AlertAction;
import org.bastion.observation.AlertView.AlertKind;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's orders, readings and alerts, read for the timeline within the viewer's scope. */
@Repository
class HealthTimelineDatabase {

	record Order(long id, ObservationKind kind, ObservationReason reason, LocalDate startDate, LocalDate endDate,
			Instant createdAt, LocalDate releasedOn, String noticeNumber, int extendedDays) {
	}

	record Reading(long observationId, LocalDate date, int slot, BigDecimal temperature, Set<Symptom> symptoms,
			Instant recordedAt) {
	}

	record Alert(long observationId, AlertKind kind, LocalDate readingDate, Instant openedAt, Instant closedAt,
			AlertAction action, String note) {
	}

	/** A person under observation for years is not a case this page serves; the newest are enough. */
	static final int MAX_ROWS = 500;

	private final JdbcClient jdbc;

	HealthTimelineDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Order> orders(long personId, String scope) {
		return jdbc.sql("""
				SELECT id, kind, reason, start_date, end_date, created_at, released_on, notice_number, extended_days
				FROM observation WHERE person_id = ? AND jurisdiction_path LIKE ? ORDER BY id DESC LIMIT 50""")
			.params(personId, scope)
			.query((rs, n) -> new Order(rs.getLong("id"), ObservationKind.valueOf(rs.getString("kind")),
					ObservationReason.valueOf(rs.getString("reason")), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), instant(rs.getObject("created_at", OffsetDateTime.class)),
					rs.getObject("released_on", LocalDate.class), rs.getString("notice_number"), rs.getInt("extended_days")))
			.list();
	}

	List<Reading> readings(List<Long> observationIds) {
		if (observationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT observation_id, reading_date, slot, temperature, symptoms, recorded_at FROM health_reading
				WHERE observation_id IN (:ids) ORDER BY reading_date DESC, slot DESC, id DESC LIMIT :limit""")
			.param("ids", observationIds)
			.param("limit", MAX_ROWS)
			.query((rs, n) -> new Reading(rs.getLong("observation_id"), rs.getObject("reading_date", LocalDate.class),
					rs.getInt("slot"), rs.getBigDecimal("temperature"),
					Symptom.fromColumn(rs.getString("symptoms")),
					instant(rs.getObject("recorded_at", OffsetDateTime.class))))
			.list();
	}

	List<Alert> alerts(long personId, String scope) {
		return jdbc.sql("""
				SELECT observation_id, kind, reading_date, opened_at, closed_at, action, note FROM health_alert
				WHERE person_id = ? AND jurisdiction_path LIKE ? ORDER BY id DESC LIMIT 100""")
			.params(personId, scope)
			.query((rs, n) -> {
				String action = rs.getString("action");
				return new Alert(rs.getLong("observation_id"), AlertKind.valueOf(rs.getString("kind")),
						rs.getObject("reading_date", LocalDate.class), instant(rs.getObject("opened_at", OffsetDateTime.class)),
						instant(rs.getObject("closed_at", OffsetDateTime.class)),
						action == null ? null : AlertAction.valueOf(action), rs.getString("note"));
			})
			.list();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
