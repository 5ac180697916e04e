package org.bastion.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.bastion.observation.Symptom;
import org.bastion.shared.InScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A staff member's check-ins with their unit's name, read for the member's timeline. */
@Repository
class CheckInTimelineDatabase {

	record Entry(long unitId, String unitName, LocalDate date, BigDecimal temperature, Set<Symptom> symptoms,
			boolean abnormal, Instant recordedAt) {
	}

	/** Three check-ins a day for a season are some 300: the newest are what the page is for. */
	static final int MAX_ROWS = 300;

	private final JdbcClient jdbc;

	CheckInTimelineDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> ofPerson(long personId, String scope) {
		return jdbc.sql("""
				SELECT e.unit_id, u.name, e.entry_date, e.temperature, e.symptoms, e.abnormal, e.recorded_at
				FROM checkin_entry e JOIN checkin_unit u ON u.id = e.unit_id
				WHERE e.person_id = ? AND %s
				ORDER BY e.entry_date DESC, e.slot DESC, e.id DESC LIMIT ?""".formatted(InScope.positional("e.jurisdiction_path")))
			.params(personId, InScope.pattern(scope), MAX_ROWS)
			.query((rs, n) -> new Entry(rs.getLong("unit_id"), rs.getString("name"),
					rs.getObject("entry_date", LocalDate.class), rs.getBigDecimal("temperature"),
					Symptom.fromColumn(rs.getString("symptoms")), rs.getBoolean("abnormal"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}
}
