package org.bastion.isolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** Both paths take the scope pattern, bound twice. */
	private static final String SITE_OR_PERSON_IN_SCOPE = "(" + InScope.positional("t.jurisdiction_path") + " OR "
			+ InScope.positional("t.person_path") + ")";

	/** A stay as stored, with the site's path. */
	record Row(StayView view, JurisdictionPath sitePath) {
	}

	record NewRow(String clientId, long siteId, long roomId, long observationId, long personId, String personName,
			String by, JurisdictionPath sitePath, JurisdictionPath personPath, Instant checkedInAt) {
	}

	private final JdbcClient jdbc;

	StayDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewRow row) {
		long id = Inserts.returningId(jdbc.sql("""
				INSERT INTO site_stay (client_id, site_id, room_id, observation_id, person_id, person_name, open_person_id,
				  status, checked_in_at, checked_in_by, jurisdiction_path, person_path)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
			.params(row.clientId(), row.siteId(), row.roomId(), row.observationId(), row.personId(),
					row.personName(), row.personId(), row.checkedInAt().atOffset(ZoneOffset.UTC), row.by(), row.sitePath().value(),
					row.personPath().value()));
		return id;
	}

	/** Seen by whoever runs the site or answers for the person. */
	Optional<Row> find(long id, String scope) {
		return jdbc.sql(COLUMNS + " WHERE t.id = ? AND " + SITE_OR_PERSON_IN_SCOPE)
			.params(id, InScope.pattern(scope), InScope.pattern(scope))
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
		return jdbc.sql(COLUMNS + " WHERE t.person_id = ? AND " + SITE_OR_PERSON_IN_SCOPE + " ORDER BY t.id DESC LIMIT 100")
			.params(personId, InScope.pattern(scope), InScope.pattern(scope))
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

	/** A stay as stored: its logins' display names are the service's to add ({@code StayView.named}). */
	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime in = rs.getObject("checked_in_at", OffsetDateTime.class);
		OffsetDateTime out = rs.getObject("checked_out_at", OffsetDateTime.class);
		String reason = rs.getString("check_out_reason");
		StayView view = new StayView(rs.getLong("id"), rs.getLong("site_id"), rs.getString("site_name"),
				rs.getLong("room_id"), rs.getString("room_number"), rs.getLong("observation_id"), rs.getLong("person_id"),
				rs.getString("person_name"), "OPEN".equals(rs.getString("status")), in == null ? null : in.toInstant(),
				rs.getString("checked_in_by"), null, out == null ? null : out.toInstant(),
				rs.getString("checked_out_by"), null, reason == null ? null : StayEndReason.valueOf(reason), false);
		return new Row(view, new JurisdictionPath(rs.getString("jurisdiction_path")));
	}
}
