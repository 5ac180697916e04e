package org.bastion.observation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.shared.ColumnArrays;
import org.bastion.shared.DatabaseProduct;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code health_reading} table and the client ids of its readings ({@code health_reading_client_id},
 * unique on any date): append-only; nothing here updates or deletes a reading.
 */
@Repository
class ReadingDatabase {

	private static final String COLUMNS = """
			id, observation_id, reading_date, slot, person_id, temperature, symptoms, source, client_id, recorded_by,
			recorded_at""";

	private static final String BY_CLIENT_IDS = "SELECT " + COLUMNS.strip().replaceAll("(^|,\\s+)", "$1r.") + """
			 FROM UNNEST(?) AS k(wanted) JOIN health_reading_client_id c ON c.client_id = k.wanted
			JOIN health_reading r ON r.id = c.reading_id AND r.reading_date = c.reading_date""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DatabaseProduct database;

	ReadingDatabase(JdbcClient jdbc, JdbcTemplate template, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.template = template;
		this.database = database;
	}

	/** A reading on its way in. */
	record NewReading(long observationId, LocalDate date, int slot, long personId, BigDecimal temperature,
			Set<Symptom> symptoms, String clientId, JurisdictionPath path) {
	}

	/**
	 * Stores readings and their client ids and answers the readings' ids, in order: one plain insert for a
	 * single reading; for a set, {@code COPY} on PostgreSQL ({@link ReadingCopy}) and set statements
	 * elsewhere. A phone's batch costs a statement or two, not one per reading.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException when a client id was stored before, on any date
	 */
	List<Long> insertAll(List<NewReading> rows, ReadingSource source, String recordedBy, Instant recordedAt) {
		if (rows.size() > 1 && database.isPostgres()) {
			long[] ids = template.execute(
					(Connection connection) -> ReadingCopy.copy(connection, rows, source, recordedBy, recordedAt));
			return Arrays.stream(ids).boxed().toList();
		}
		List<Long> ids = rows.size() == 1 ? List.of(insertOne(rows.getFirst(), source, recordedBy, recordedAt))
				: insertAsSet(rows, source, recordedBy, recordedAt);
		noteClientIds(rows, ids);
		return ids;
	}

	private void noteClientIds(List<NewReading> rows, List<Long> ids) {
		List<String> clientId = new ArrayList<>();
		List<Long> readingId = new ArrayList<>();
		List<LocalDate> date = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).clientId() != null) {
				clientId.add(rows.get(i).clientId());
				readingId.add(ids.get(i));
				date.add(rows.get(i).date());
			}
		}
		if (clientId.size() == 1) {
			jdbc.sql("INSERT INTO health_reading_client_id (client_id, reading_id, reading_date) VALUES (?, ?, ?)")
				.params(clientId.getFirst(), readingId.getFirst(), date.getFirst())
				.update();
		}
		else if (!clientId.isEmpty()) {
			ColumnArrays.of()
				.column("varchar", clientId.toArray(String[]::new))
				.column("bigint", readingId.toArray(Long[]::new))
				.column("date", date.toArray(LocalDate[]::new))
				.update(template, """
						INSERT INTO health_reading_client_id (client_id, reading_id, reading_date)
						SELECT * FROM UNNEST(?, ?, ?)""");
		}
	}

	private long insertOne(NewReading row, ReadingSource source, String recordedBy, Instant recordedAt) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO health_reading (source, recorded_by, recorded_at, observation_id, reading_date, slot, person_id,
				  temperature, symptoms, client_id, jurisdiction_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(source.name(), recordedBy, recordedAt.atOffset(ZoneOffset.UTC), row.observationId(), row.date(),
					row.slot(), row.personId(), row.temperature(), Symptom.toColumn(row.symptoms()), row.clientId(),
					row.path().value()));
	}

	private List<Long> insertAsSet(List<NewReading> rows, ReadingSource source, String recordedBy, Instant recordedAt) {
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
			symptoms[i] = Symptom.toColumn(row.symptoms());
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


	/**
	 * Unscoped on purpose: a client id names one submission wherever it landed. The ids travel as one
	 * array joined as a set of rows, so that the statement is the same text for any number of them and is
	 * prepared once per connection, and each id costs one probe of each month's unique index.
	 */
	Map<String, ReadingRow> findByClientIds(Collection<String> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		return template.execute((Connection connection) -> {
			Array wanted = connection.createArrayOf("varchar", clientIds.toArray(String[]::new));
			try (PreparedStatement ps = connection.prepareStatement(BY_CLIENT_IDS)) {
				ps.setArray(1, wanted);
				Map<String, ReadingRow> found = new HashMap<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ReadingRow row = map(rs, 0);
						found.putIfAbsent(row.clientId(), row);
					}
				}
				return found;
			}
			finally {
				wanted.free();
			}
		});
	}

	List<ReadingRow> ofObservation(long observationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_reading WHERE observation_id = ? ORDER BY reading_date, slot, id")
			.param(observationId)
			.query(ReadingDatabase::map)
			.list();
	}

	private static ReadingRow map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
		return new ReadingRow(rs.getLong("id"), rs.getLong("observation_id"), rs.getObject("reading_date", LocalDate.class),
				rs.getInt("slot"), rs.getLong("person_id"), rs.getBigDecimal("temperature"),
				Symptom.fromColumn(rs.getString("symptoms")), ReadingSource.valueOf(rs.getString("source")),
				rs.getString("client_id"), rs.getString("recorded_by"), at == null ? null : at.toInstant());
	}

	/** A reading as stored. */
	record ReadingRow(long id, long observationId, LocalDate date, int slot, long personId, BigDecimal temperature,
			Set<Symptom> symptoms, ReadingSource source, String clientId, String recordedBy, Instant recordedAt) {
	}
}
