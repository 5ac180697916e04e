package org.bastion.health;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code health_reading} table: append-only; nothing here updates or deletes a reading. */
@Repository
class ReadingDatabase {

	private static final String COLUMNS = """
			id, observation_id, reading_date, slot, person_id, temperature, symptoms, source, client_id, recorded_by,
			recorded_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ReadingDatabase(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(long observationId, LocalDate date, int slot, long personId, BigDecimal temperature,
			Set<Symptom> symptoms, ReadingSource source, String clientId, String recordedBy, java.time.Instant recordedAt,
			JurisdictionPath path) {
		KeyHolder key = new GeneratedKeyHolder();
		template.update(connection -> {
			PreparedStatement ps = connection.prepareStatement("""
					INSERT INTO health_reading (observation_id, reading_date, slot, person_id, temperature, symptoms, source,
					  client_id, recorded_by, recorded_at, jurisdiction_path)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			ps.setLong(1, observationId);
			ps.setObject(2, date, Types.DATE);
			ps.setInt(3, slot);
			ps.setLong(4, personId);
			ps.setBigDecimal(5, temperature);
			ps.setString(6, symptomsToColumn(symptoms));
			ps.setString(7, source.name());
			ps.setString(8, clientId);
			ps.setString(9, recordedBy);
			ps.setObject(10, recordedAt.atOffset(java.time.ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
			ps.setString(11, path.value());
			return ps;
		}, key);
		return key.getKeyAs(Long.class);
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<ReadingRow> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_reading WHERE client_id = ?")
			.param(clientId)
			.query(ReadingDatabase::map)
			.optional();
	}

	List<ReadingRow> ofObservation(long observationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_reading WHERE observation_id = ? ORDER BY reading_date, slot, id")
			.param(observationId)
			.query(ReadingDatabase::map)
			.list();
	}

	static String symptomsToColumn(Set<Symptom> symptoms) {
		return symptoms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<Symptom> symptomsFromColumn(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		EnumSet<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		Arrays.stream(column.split(",")).map(Symptom::valueOf).forEach(symptoms::add);
		return Set.copyOf(symptoms);
	}

	private static ReadingRow map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
		return new ReadingRow(rs.getLong("id"), rs.getLong("observation_id"), rs.getObject("reading_date", LocalDate.class),
				rs.getInt("slot"), rs.getLong("person_id"), rs.getBigDecimal("temperature"),
				symptomsFromColumn(rs.getString("symptoms")), ReadingSource.valueOf(rs.getString("source")),
				rs.getString("client_id"), rs.getString("recorded_by"), at == null ? null : at.toInstant());
	}
}
