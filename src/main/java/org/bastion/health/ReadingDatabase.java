package org.bastion.health;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.shared.ColumnArrays;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** A reading on its way in. */
	record NewReading(long observationId, LocalDate date, int slot, long personId, BigDecimal temperature,
			Set<Symptom> symptoms, String clientId, JurisdictionPath path) {
	}

	/**
	 * Stores readings as one set statement and answers their ids, in order: a phone's batch costs one
	 * statement, not one per reading.
	 */
	List<Long> insertAll(List<NewReading> rows, ReadingSource source, String recordedBy, Instant recordedAt) {
		int n = rows.size();
		Long[] observationId = new Long[n];
		LocalDate[] date = new LocalDate[n];
		Integer[] slot = new Integer[n];
		Long[] personId = new Long[n];
		BigDecimal[] temperature = new BigDecimal[n];
		String[] symptoms = new String[n];
		String[] clientId = new String[n];
		String[] path = new String[n];
		for (int i = 0; i < n; i++) {
			NewReading row = rows.get(i);
			observationId[i] = row.observationId();
			date[i] = row.date();
			slot[i] = row.slot();
			personId[i] = row.personId();
			temperature[i] = row.temperature();
			symptoms[i] = symptomsToColumn(row.symptoms());
			clientId[i] = row.clientId();
			path[i] = row.path().value();
		}
		List<Long> ids = ColumnArrays.of()
			.scalar(source.name())
			.scalar(recordedBy)
			.scalar(recordedAt.atOffset(ZoneOffset.UTC))
			.column("bigint", observationId)
			.column("date", date)
			.column("integer", slot)
			.column("bigint", personId)
			.column("numeric", temperature)
			.column("varchar", symptoms)
			.column("varchar", clientId)
			.column("varchar", path)
			.insertReturning(template, """
					INSERT INTO health_reading (source, recorded_by, recorded_at, observation_id, reading_date, slot, person_id,
					  temperature, symptoms, client_id, jurisdiction_path)
					SELECT ?, ?, ?, t.observation_id, t.reading_date, t.slot, t.person_id, t.temperature, t.symptoms,
					  t.client_id, t.jurisdiction_path
					FROM UNNEST(?, ?, ?, ?, ?, ?, ?, ?) AS t(observation_id, reading_date, slot, person_id, temperature,
					  symptoms, client_id, jurisdiction_path)""", "id");
		if (ids.size() != n) {
			throw new IllegalStateException("Stored " + n + " readings but got " + ids.size() + " ids back");
		}
		return ids;
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Map<String, ReadingRow> findByClientIds(Collection<String> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_reading WHERE client_id IN (:ids)")
			.param("ids", clientIds)
			.query(ReadingDatabase::map)
			.stream()
			.collect(Collectors.toMap(ReadingRow::clientId, row -> row, (first, second) -> first));
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
