package org.bastion.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bastion.shared.EnumSetText;
import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint_inspection} table: supervisors' visits. */
@Repository
class InspectionDatabase {

	/** A visit as stored, with the checkpoint's name joined. */
	record Row(long id, long checkpointId, String checkpointName, String jurisdictionCode, JurisdictionPath path,
			Instant inspectedAt, String inspector, Set<InspectionItem> lacking, String finding, LocalDate rectifyBy) {
	}

	private static final String COLUMNS = """
			SELECT i.id, i.checkpoint_id, c.name AS checkpoint_name, i.jurisdiction_code, i.jurisdiction_path,
			  i.inspected_at, i.inspector, i.lacking, i.finding, i.rectify_by
			FROM checkpoint_inspection i JOIN checkpoint c ON c.id = i.checkpoint_id""";

	private final JdbcClient jdbc;

	InspectionDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String clientId, CheckpointDatabase.Row checkpoint, Instant at, String inspector,
			Set<InspectionItem> lacking, String finding, LocalDate rectifyBy, Instant recordedAt) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO checkpoint_inspection (client_id, checkpoint_id, jurisdiction_code, jurisdiction_path,
				  inspected_at, inspector, lacking, finding, rectify_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(clientId, checkpoint.id(), checkpoint.jurisdictionCode(), checkpoint.path().value(),
					Timestamps.utc(at), inspector, EnumSetText.of(lacking), finding, rectifyBy, Timestamps.utc(recordedAt)));
	}

	Optional<Row> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE i.id = ?").param(id).query(InspectionDatabase::map).optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return jdbc.sql(COLUMNS + " WHERE i.client_id = ?").param(clientId).query(InspectionDatabase::map).optional();
	}

	/**
	 * Visits of the area (or of one checkpoint) in a span of time, newest first, a page at a time: the cursor is
	 * the last row's id, and ids grow with the time of recording, not of the visit, so the page is ordered by id.
	 */
	List<Row> list(String scope, Long checkpointId, Instant from, Instant until, Long before, int fetch) {
		String checkpoint = checkpointId == null ? "" : " AND i.checkpoint_id = " + checkpointId;
		return jdbc.sql(COLUMNS + " WHERE " + InScope.positional("i.jurisdiction_path") + checkpoint
				+ " AND i.inspected_at >= ? AND i.inspected_at < ? AND i.id < ? ORDER BY i.id DESC LIMIT ?")
			.params(InScope.pattern(scope), Timestamps.utc(from), Timestamps.utc(until),
					before == null ? Long.MAX_VALUE : before, fetch)
			.query(InspectionDatabase::map)
			.list();
	}

	/** How many visits a checkpoint had in a span, for its day's figures. */
	int count(long checkpointId, Instant from, Instant until) {
		return jdbc.sql("SELECT COUNT(*) FROM checkpoint_inspection WHERE checkpoint_id = ? AND inspected_at >= ? AND inspected_at < ?")
			.params(checkpointId, Timestamps.utc(from), Timestamps.utc(until))
			.query(Integer.class)
			.single();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "checkpoint_inspection");
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("checkpoint_id"), rs.getString("checkpoint_name"),
				rs.getString("jurisdiction_code"), new JurisdictionPath(rs.getString("jurisdiction_path")),
				Timestamps.instant(rs, "inspected_at"), rs.getString("inspector"),
				EnumSetText.parse(rs.getString("lacking"), InspectionItem.class), rs.getString("finding"),
				rs.getObject("rectify_by", LocalDate.class));
	}
}
