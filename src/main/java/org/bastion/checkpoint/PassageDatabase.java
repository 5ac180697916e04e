package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint_passage} and {@code checkpoint_passage_occupant} tables. */
@Repository
class PassageDatabase {

	/** A passage as stored, its occupants in the order they were typed. */
	record Row(long id, long checkpointId, String plate, String plateProvince, PassageVehicle vehicleType,
			PassageOutcome outcome, int occupantCount, int feverCount, String riskLevel, LocalDate passedOn,
			Instant passedAt, String jurisdictionCode, JurisdictionPath path, String createdBy, List<OccupantRow> occupants) {

		Row withOccupants(List<OccupantRow> people) {
			return new Row(id, checkpointId, plate, plateProvince, vehicleType, outcome, occupantCount, feverCount,
					riskLevel, passedOn, passedAt, jurisdictionCode, path, createdBy, List.copyOf(people));
		}
	}

	record OccupantRow(long passageId, int position, String name, String idNumber, String phone, BigDecimal temperature,
			boolean fever, String originCode, String destinationCode, String purpose, String riskLevel) {
	}

	/** What is stored of a passage. */
	record Draft(String clientId, long checkpointId, PassagePolicy.Accepted passage, List<String> risks,
			List<Long> personIds, String riskLevel, LocalDate passedOn, Instant passedAt, String jurisdictionCode, JurisdictionPath path,
			String by) {
	}

	private static final String COLUMNS = """
			SELECT id, checkpoint_id, plate, plate_province, vehicle_type, outcome, occupant_count, fever_count, risk_level,
			  passed_on, passed_at, jurisdiction_code, jurisdiction_path, created_by
			FROM checkpoint_passage""";

	private final JdbcClient jdbc;

	PassageDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Draft d) {
		PassagePolicy.Accepted p = d.passage();
		long id = Inserts.returningId(jdbc.sql("""
				INSERT INTO checkpoint_passage (client_id, checkpoint_id, plate, plate_province, vehicle_type, outcome,
				  occupant_count, fever_count, risk_level, passed_on, passed_at, jurisdiction_code, jurisdiction_path, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.clientId(), d.checkpointId(), p.plate(), p.plateProvince(), p.vehicleType().name(),
					p.outcome().name(), p.occupants().size(), p.fevers(), d.riskLevel(), d.passedOn(),
					OffsetDateTime.ofInstant(d.passedAt(), ZoneOffset.UTC), d.jurisdictionCode(), d.path().value(), d.by()));
		for (int i = 0; i < p.occupants().size(); i++) {
			PassagePolicy.Person o = p.occupants().get(i);
			jdbc.sql("""
					INSERT INTO checkpoint_passage_occupant (passage_id, position, name, id_number, phone, temperature, fever,
					  origin_code, destination_code, purpose, risk_level, person_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.param(1, id).param(2, i).param(3, o.name()).param(4, o.idNumber()).param(5, o.phone())
				.param(6, o.temperature()).param(7, o.fever()).param(8, o.originCode()).param(9, o.destinationCode())
				.param(10, o.purpose()).param(11, d.risks().get(i)).param(12, d.personIds().get(i), java.sql.Types.BIGINT)
				.update();
		}
		return id;
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return jdbc.sql(COLUMNS + " WHERE client_id = ?").param(clientId).query(PassageDatabase::map).optional()
			.map(row -> withOccupants(List.of(row)).getFirst());
	}

	Optional<Row> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(PassageDatabase::map).optional()
			.map(row -> withOccupants(List.of(row)).getFirst());
	}

	/** A page of a checkpoint's passages of a day, by id after the cursor's, within the viewer's scope. */
	List<Row> list(long checkpointId, LocalDate day, String scope, Long after, int fetch) {
		return withOccupants(jdbc.sql(COLUMNS + " WHERE checkpoint_id = ? AND passed_on = ? AND " + InScope.positional()
				+ " AND id > ? ORDER BY id LIMIT ?")
			.params(checkpointId, day, InScope.pattern(scope), after == null ? 0 : after, fetch)
			.query(PassageDatabase::map)
			.list());
	}

	/** What the day's figures count of each passage of a checkpoint. */
	record Counted(Instant passedAt, PassageVehicle vehicleType, PassageOutcome outcome, int occupants, int fevers,
			String plateProvince) {
	}

	List<Counted> counted(long checkpointId, LocalDate day) {
		return jdbc.sql("""
				SELECT passed_at, vehicle_type, outcome, occupant_count, fever_count, plate_province
				FROM checkpoint_passage WHERE checkpoint_id = ? AND passed_on = ?""")
			.params(checkpointId, day)
			.query((rs, n) -> new Counted(rs.getObject("passed_at", OffsetDateTime.class).toInstant(),
					PassageVehicle.valueOf(rs.getString("vehicle_type")), PassageOutcome.valueOf(rs.getString("outcome")),
					rs.getInt("occupant_count"), rs.getInt("fever_count"), rs.getString("plate_province")))
			.list();
	}

	/** A person's passage as their timeline tells it. */
	record PersonPassage(long passageId, long checkpointId, String checkpointName, LocalDate passedOn, Instant passedAt,
			BigDecimal temperature, boolean fever, PassageOutcome outcome, boolean atOwnCheckpoint) {
	}

	/**
	 * The passages of a person, newest first: those at a checkpoint of the viewer's area, and those handed over
	 * to a place of it (a grid sees the passage that brought its returnee, wherever the checkpoint stood), each
	 * saying whether its checkpoint is the viewer's to open.
	 */
	List<PersonPassage> ofPerson(long personId, String scope, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.checkpoint_id, c.name, p.passed_on, p.passed_at, o.temperature, o.fever, p.outcome,
				  CASE WHEN %1$s THEN 1 ELSE 0 END AS own
				FROM checkpoint_passage_occupant o
				JOIN checkpoint_passage p ON p.id = o.passage_id
				JOIN checkpoint c ON c.id = p.checkpoint_id
				WHERE o.person_id = :person AND (%1$s OR EXISTS (SELECT 1 FROM checkpoint_follow_up f
				  WHERE f.passage_id = o.passage_id AND f.position = o.position AND %2$s))
				ORDER BY p.passed_at DESC LIMIT :limit""".formatted(InScope.sql("p.jurisdiction_path"),
				InScope.sql("f.jurisdiction_path")))
			.param("person", personId)
			.param(InScope.PARAMETER, InScope.pattern(scope))
			.param("limit", limit)
			.query((rs, n) -> new PersonPassage(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class).toInstant(),
					rs.getBigDecimal(6), rs.getBoolean(7), PassageOutcome.valueOf(rs.getString(8)), rs.getInt(9) == 1))
			.list();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "checkpoint_passage");
	}

	/** The rows with their occupants, read in one query. */
	private List<Row> withOccupants(List<Row> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<OccupantRow>> byPassage = new LinkedHashMap<>();
		rows.forEach(r -> byPassage.put(r.id(), new ArrayList<>()));
		jdbc.sql("""
				SELECT passage_id, position, name, id_number, phone, temperature, fever, origin_code, destination_code,
				  purpose, risk_level
				FROM checkpoint_passage_occupant WHERE passage_id IN (:ids) ORDER BY passage_id, position""")
			.param("ids", List.copyOf(byPassage.keySet()))
			.query((rs, n) -> new OccupantRow(rs.getLong("passage_id"), rs.getInt("position"), rs.getString("name"),
					rs.getString("id_number"), rs.getString("phone"), rs.getBigDecimal("temperature"),
					rs.getBoolean("fever"), rs.getString("origin_code"), rs.getString("destination_code"),
					rs.getString("purpose"), rs.getString("risk_level")))
			.list()
			.forEach(o -> byPassage.get(o.passageId()).add(o));
		return rows.stream().map(r -> r.withOccupants(byPassage.get(r.id()))).toList();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("checkpoint_id"), rs.getString("plate"),
				rs.getString("plate_province"), PassageVehicle.valueOf(rs.getString("vehicle_type")),
				PassageOutcome.valueOf(rs.getString("outcome")), rs.getInt("occupant_count"), rs.getInt("fever_count"),
				rs.getString("risk_level"), rs.getObject("passed_on", LocalDate.class),
				rs.getObject("passed_at", OffsetDateTime.class).toInstant(), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("created_by"), List.of());
	}
}
