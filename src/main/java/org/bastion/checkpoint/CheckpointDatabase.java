package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bastion.shared.EnumSetText;
import org.bastion.shared.InScope;
import org.bastion.shared.KeptReads;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint} table: the register. */
@Repository
class CheckpointDatabase {

	/** A checkpoint as stored, with what its readers are not shown: its place's path and its site code. */
	record Row(long id, String name, CheckpointLevel level, String road, String description, BigDecimal latitude,
			BigDecimal longitude, Set<StaffingAgency> agencies, LocalDate openedOn, LocalDate closedOn,
			String siteCode, String jurisdictionCode, JurisdictionPath path, String createdBy, Instant createdAt) {

		boolean openOn(LocalDate day) {
			return !openedOn.isAfter(day) && (closedOn == null || !closedOn.isBefore(day));
		}
	}

	private static final String COLUMNS = """
			SELECT id, name, level, road, description, latitude, longitude, agencies, opened_on, closed_on, site_code,
			  jurisdiction_code, jurisdiction_path, created_by, created_at
			FROM checkpoint""";

	private final JdbcClient jdbc;

	/** The rows the roadside registrations read, by id ({@link #findKept}). */
	private final KeptReads<Long, Optional<Row>> kept = new KeptReads<>();

	CheckpointDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewCheckpoint checkpoint, String clientId, LocalDate openedOn, String siteCode, String code,
			JurisdictionPath path, String by, Instant at) {
		kept.changed();
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO checkpoint (client_id, name, level, road, description, latitude, longitude, agencies, opened_on,
				  closed_on, site_code, jurisdiction_code, jurisdiction_path, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(clientId, checkpoint.name().strip(), checkpoint.level().name(), blankToNull(checkpoint.road()),
					blankToNull(checkpoint.description()), checkpoint.latitude(), checkpoint.longitude(),
					EnumSetText.of(checkpoint.agencies()), openedOn, checkpoint.closedOn(), siteCode, code, path.value(), by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
	}

	/**
	 * {@link #find} with the row kept in memory for a few seconds ({@link KeptReads}), for the passages that every
	 * vehicle at the roadside registers: a checkpoint closed or moved by this process is read again at once.
	 */
	Optional<Row> findKept(long id, String scope) {
		return kept.get(id, key -> jdbc.sql(COLUMNS + " WHERE id = ?").param(key).query(CheckpointDatabase::map).optional())
			.filter(row -> InScope.holds(scope, row.path()));
	}

	Optional<Row> find(long id, String scope) {
		return jdbc.sql(COLUMNS + " WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(CheckpointDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return jdbc.sql(COLUMNS + " WHERE client_id = ?").param(clientId).query(CheckpointDatabase::map).optional();
	}

	Optional<Row> findBySiteCode(String siteCode, String scope) {
		return jdbc.sql(COLUMNS + " WHERE site_code = ? AND " + InScope.positional())
			.params(siteCode, InScope.pattern(scope))
			.query(CheckpointDatabase::map)
			.optional();
	}

	Optional<Row> findByName(String code, String name) {
		return jdbc.sql(COLUMNS + " WHERE jurisdiction_code = ? AND name = ?")
			.params(code, name)
			.query(CheckpointDatabase::map)
			.optional();
	}

	/** A page of the area's checkpoints by id, after the cursor's. */
	List<Row> list(String scope, Long after, int fetch) {
		return jdbc.sql(COLUMNS + " WHERE " + InScope.positional() + " AND id > ? ORDER BY id LIMIT ?")
			.params(InScope.pattern(scope), after == null ? 0 : after, fetch)
			.query(CheckpointDatabase::map)
			.list();
	}

	void close(long id, LocalDate closedOn) {
		kept.changed();
		jdbc.sql("UPDATE checkpoint SET closed_on = ? WHERE id = ?").params(closedOn, id).update();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		kept.changed();
		PathRestamp.under(jdbc, from, to, "checkpoint");
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("name"), CheckpointLevel.valueOf(rs.getString("level")),
				rs.getString("road"), rs.getString("description"), rs.getBigDecimal("latitude"),
				rs.getBigDecimal("longitude"), EnumSetText.parse(rs.getString("agencies"), StaffingAgency.class),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getString("site_code"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("created_by"),
				created == null ? null : created.toInstant());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
