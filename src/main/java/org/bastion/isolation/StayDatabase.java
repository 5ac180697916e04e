package org.bastion.isolation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code site_stay} table. A stay carries two paths: the site's, for whoever runs the site, and the
 * person's, for whoever answers for the person.
 */
@Repository
class StayDatabase {

	private static final String COLUMNS = """
			SELECT t.id, t.site_id, s.name AS site_name, t.room_id, r.room_number, t.observation_id, t.person_id,
			  t.person_name, t.status, t.checked_in_at, t.checked_in_by, t.checked_out_at, t.checked_out_by,
			  t.check_out_reason, t.client_id, t.jurisdiction_path
			FROM site_stay t JOIN isolation_site s ON s.id = t.site_id JOIN isolation_room r ON r.id = t.room_id""";

	/** A stay as stored, with the site's path. */
	record Row(StayView view, JurisdictionPath sitePath) {
	}

	record NewRow(String clientId, long siteId, long roomId, long observationId, long personId, String personName,
			String by, JurisdictionPath sitePath, JurisdictionPath personPath) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StayDatabase(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(NewRow row) {
		KeyHolder key = new GeneratedKeyHolder();
		template.update(connection -> {
			PreparedStatement ps = connection.prepareStatement("""
					INSERT INTO site_stay (client_id, site_id, room_id, observation_id, person_id, person_name, open_person_id,
					  status, checked_in_at, checked_in_by, jurisdiction_path, person_path)
					VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', CURRENT_TIMESTAMP, ?, ?, ?)""", new String[] { "id" });
			ps.setString(1, row.clientId());
			ps.setLong(2, row.siteId());
			ps.setLong(3, row.roomId());
			ps.setLong(4, row.observationId());
			ps.setLong(5, row.personId());
			ps.setString(6, row.personName());
			ps.setLong(7, row.personId());
			ps.setString(8, row.by());
			ps.setString(9, row.sitePath().value());
			ps.setString(10, row.personPath().value());
			return ps;
		}, key);
		jdbc.sql("UPDATE observation SET site_id = ? WHERE id = ?").params(row.siteId(), row.observationId()).update();
		return key.getKeyAs(Long.class);
	}

	/** Seen by whoever runs the site or answers for the person. */
	Optional<Row> find(long id, String scope) {
		return jdbc.sql(COLUMNS + " WHERE t.id = ? AND (t.jurisdiction_path LIKE ? OR t.person_path LIKE ?)")
			.params(id, scope, scope)
			.query(StayDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return jdbc.sql(COLUMNS + " WHERE t.client_id = ?").param(clientId).query(StayDatabase::map).optional();
	}

	/** Unscoped on purpose: one open stay per person across the deployment. */
	Optional<Row> openOfPerson(long personId) {
		return jdbc.sql(COLUMNS + " WHERE t.open_person_id = ?").param(personId).query(StayDatabase::map).optional();
	}

	Optional<Row> openOfObservation(long observationId) {
		return jdbc.sql(COLUMNS + " WHERE t.observation_id = ? AND t.status = 'OPEN'")
			.param(observationId)
			.query(StayDatabase::map)
			.optional();
	}

	int occupied(long roomId) {
		return jdbc.sql("SELECT COUNT(*) FROM site_stay WHERE room_id = ? AND status = 'OPEN'")
			.param(roomId)
			.query(Integer.class)
			.single();
	}

	List<StayView> openInSite(long siteId) {
		return jdbc.sql(COLUMNS + " WHERE t.site_id = ? AND t.status = 'OPEN' ORDER BY r.room_number, t.person_name")
			.param(siteId)
			.query(StayDatabase::map)
			.stream()
			.map(Row::view)
			.toList();
	}

	List<StayView> ofPerson(long personId, String scope) {
		return jdbc.sql(COLUMNS + """
				 WHERE t.person_id = ? AND (t.jurisdiction_path LIKE ? OR t.person_path LIKE ?)
				ORDER BY t.id DESC LIMIT 100""")
			.params(personId, scope, scope)
			.query(StayDatabase::map)
			.stream()
			.map(Row::view)
			.toList();
	}

	/** @return false when it was closed already */
	boolean close(long id, StayEndReason reason, String by) {
		return jdbc.sql("""
				UPDATE site_stay SET status = 'CLOSED', open_person_id = NULL, checked_out_at = CURRENT_TIMESTAMP,
				  checked_out_by = ?, check_out_reason = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(by, reason.name(), id)
			.update() == 1;
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime in = rs.getObject("checked_in_at", OffsetDateTime.class);
		OffsetDateTime out = rs.getObject("checked_out_at", OffsetDateTime.class);
		String reason = rs.getString("check_out_reason");
		StayView view = new StayView(rs.getLong("id"), rs.getLong("site_id"), rs.getString("site_name"),
				rs.getLong("room_id"), rs.getString("room_number"), rs.getLong("observation_id"), rs.getLong("person_id"),
				rs.getString("person_name"), "OPEN".equals(rs.getString("status")), in == null ? null : in.toInstant(),
				rs.getString("checked_in_by"), out == null ? null : out.toInstant(), rs.getString("checked_out_by"),
				reason == null ? null : StayEndReason.valueOf(reason), false);
		return new Row(view, new JurisdictionPath(rs.getString("jurisdiction_path")));
	}
}
