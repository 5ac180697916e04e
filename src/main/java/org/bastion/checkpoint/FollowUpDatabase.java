package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code checkpoint_follow_up} table, read with the occupant and the passage it came from, so that the
 * roadside's facts are stored once.
 */
@Repository
class FollowUpDatabase {

	/** A follow-up with the occupant, the passage and the checkpoint it came from. */
	record Row(long id, FollowUpKind kind, long passageId, int position, long checkpointId, String checkpointName,
			String plate, PassageVehicle vehicleType, PassageOutcome outcome, Instant passedAt, LocalDate passedOn,
			String name, String idNumber, String phone, BigDecimal temperature, boolean fever, String originCode,
			String destinationCode, String purpose, String riskLevel, String jurisdictionCode, JurisdictionPath path,
			Instant openedAt, Instant closedAt, String closedBy, String closingNote, Long arrivalId) {

		boolean open() {
			return closedAt == null;
		}
	}

	private static final String SELECT = """
			SELECT f.id, f.kind, f.passage_id, f.position, p.checkpoint_id, c.name AS checkpoint_name, p.plate,
			  p.vehicle_type, p.outcome, p.passed_at, p.passed_on, o.name, o.id_number, o.phone, o.temperature, o.fever,
			  o.origin_code, o.destination_code, o.purpose, o.risk_level, f.jurisdiction_code, f.jurisdiction_path,
			  f.opened_at, f.closed_at, f.closed_by, f.closing_note, f.arrival_id
			FROM checkpoint_follow_up f
			JOIN checkpoint_passage p ON p.id = f.passage_id AND p.passed_on = f.passed_on
			JOIN checkpoint_passage_occupant o ON o.passage_id = f.passage_id AND o.position = f.position
			JOIN checkpoint c ON c.id = p.checkpoint_id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	FollowUpDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A follow-up to open: the occupant's passage and position, its kind and where it is to be done. */
	record Opening(long passageId, LocalDate passedOn, int position, FollowUpKind kind, String jurisdictionCode,
			JurisdictionPath path, Instant at) {
	}

	/** Opens the follow-ups with one batched statement. */
	void openAll(List<Opening> openings) {
		if (openings.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				INSERT INTO checkpoint_follow_up (passage_id, passed_on, position, kind, jurisdiction_code, jurisdiction_path,
				  opened_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", openings, openings.size(), (ps, o) -> {
			ps.setLong(1, o.passageId());
			ps.setObject(2, o.passedOn(), java.sql.Types.DATE);
			ps.setInt(3, o.position());
			ps.setString(4, o.kind().name());
			ps.setString(5, o.jurisdictionCode());
			ps.setString(6, o.path().value());
			ps.setObject(7, Timestamps.utc(o.at()));
		});
	}

	long countOpen(FollowUpKind kind, String scope) {
		return InScope.bind(jdbc.sql("SELECT COUNT(*) FROM checkpoint_follow_up WHERE kind = :kind AND closed_at IS NULL AND "
				+ InScope.sql()), scope)
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	/** Open or closed ones, newest first (a fever just caught leads), by key before the cursor's. */
	List<Row> list(FollowUpKind kind, boolean open, String scope, Long before, int fetch) {
		String sql = SELECT + " WHERE f.kind = :kind AND " + InScope.sql("f.jurisdiction_path")
				+ (open ? " AND f.closed_at IS NULL" : " AND f.closed_at IS NOT NULL")
				+ (before == null ? "" : " AND f.id < :before") + " ORDER BY f.id DESC LIMIT :fetch";
		JdbcClient.StatementSpec statement = InScope.bind(jdbc.sql(sql), scope)
			.param("kind", kind.name())
			.param("fetch", fetch);
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(FollowUpDatabase::map).list();
	}

	Optional<Row> find(long id, String scope) {
		return InScope.bind(jdbc.sql(SELECT + " WHERE f.id = :id AND " + InScope.sql("f.jurisdiction_path")), scope)
			.param("id", id)
			.query(FollowUpDatabase::map)
			.optional();
	}

	/** Closes an open follow-up; false when someone closed it first. */
	boolean close(long id, String by, Instant at, String note, Long arrivalId) {
		return jdbc.sql("""
				UPDATE checkpoint_follow_up SET closed_at = ?, closed_by = ?, closing_note = ?, arrival_id = ?
				WHERE id = ? AND closed_at IS NULL""")
			.params(Timestamps.utc(at), by, note, arrivalId, id)
			.update() == 1;
	}

	/** Names the person an occupant of a follow-up turned out to be, unless the roadside's ID number did already. */
	void linkPerson(long followUpId, long personId) {
		jdbc.sql("""
				UPDATE checkpoint_passage_occupant SET person_id = ?
				WHERE person_id IS NULL AND EXISTS (SELECT 1 FROM checkpoint_follow_up f WHERE f.id = ?
				  AND f.passage_id = checkpoint_passage_occupant.passage_id AND f.position = checkpoint_passage_occupant.position)""")
			.params(personId, followUpId)
			.update();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "checkpoint_follow_up");
	}



	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), FollowUpKind.valueOf(rs.getString("kind")), rs.getLong("passage_id"),
				rs.getInt("position"), rs.getLong("checkpoint_id"), rs.getString("checkpoint_name"), rs.getString("plate"),
				PassageVehicle.valueOf(rs.getString("vehicle_type")), PassageOutcome.valueOf(rs.getString("outcome")),
				Timestamps.instant(rs, "passed_at"), rs.getObject("passed_on", LocalDate.class), rs.getString("name"),
				rs.getString("id_number"), rs.getString("phone"), rs.getBigDecimal("temperature"), rs.getBoolean("fever"),
				rs.getString("origin_code"), rs.getString("destination_code"), rs.getString("purpose"),
				rs.getString("risk_level"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), Timestamps.instant(rs, "opened_at"),
				Timestamps.instant(rs, "closed_at"),
				rs.getString("closed_by"), rs.getString("closing_note"), rs.getObject("arrival_id", Long.class));
	}
}
