package org.bastion.isolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code occupant_request} table: an occupant's needs, open until staff fulfil them. */
@Repository
class OccupantRequestDatabase {

	private static final String COLUMNS = """
			SELECT q.id, q.stay_id, q.site_id, t.person_name, r.room_number, q.need, q.detail, q.status, q.created_by,
			  q.created_at, q.fulfilled_by, q.fulfilled_at, q.note, q.jurisdiction_path
			FROM occupant_request q JOIN site_stay t ON t.id = q.stay_id JOIN isolation_room r ON r.id = t.room_id""";

	record Row(OccupantRequestView view, JurisdictionPath path) {
	}

	private final JdbcClient jdbc;

	OccupantRequestDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String clientId, long stayId, long siteId, NeedKind need, String detail, String by,
			JurisdictionPath path) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO occupant_request (client_id, stay_id, site_id, need, detail, status, created_by, created_at,
				  jurisdiction_path) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, CURRENT_TIMESTAMP, ?)""")
			.params(clientId, stayId, siteId, need.name(), detail, by, path.value()));
	}

	Optional<Row> find(long id, String scope) {
		return jdbc.sql(COLUMNS + " WHERE q.id = ? AND " + InScope.positional("q.jurisdiction_path"))
			.params(id, InScope.pattern(scope))
			.query(OccupantRequestDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return jdbc.sql(COLUMNS + " WHERE q.client_id = ?").param(clientId).query(OccupantRequestDatabase::map).optional();
	}

	/** Oldest first: the longest waiting is met first. */
	List<OccupantRequestView> openInSite(long siteId) {
		return jdbc.sql(COLUMNS + " WHERE q.site_id = ? AND q.status = 'OPEN' ORDER BY q.id LIMIT 500")
			.param(siteId)
			.query(OccupantRequestDatabase::map)
			.stream()
			.map(Row::view)
			.toList();
	}

	/** @return false when someone fulfilled it first */
	boolean fulfil(long id, String note, String by) {
		return jdbc.sql("""
				UPDATE occupant_request SET status = 'FULFILLED', note = ?, fulfilled_by = ?, fulfilled_at = CURRENT_TIMESTAMP
				WHERE id = ? AND status = 'OPEN'""")
			.params(note, by, id)
			.update() == 1;
	}

	/** A need as stored: its logins' display names are the service's to add ({@code OccupantRequestView.named}). */
	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		OffsetDateTime fulfilled = rs.getObject("fulfilled_at", OffsetDateTime.class);
		OccupantRequestView view = new OccupantRequestView(rs.getLong("id"), rs.getLong("stay_id"), rs.getLong("site_id"),
				rs.getString("person_name"), rs.getString("room_number"), NeedKind.valueOf(rs.getString("need")),
				rs.getString("detail"), "OPEN".equals(rs.getString("status")), rs.getString("created_by"), null,
				created == null ? null : created.toInstant(), rs.getString("fulfilled_by"), null,
				fulfilled == null ? null : fulfilled.toInstant(), rs.getString("note"));
		return new Row(view, new JurisdictionPath(rs.getString("jurisdiction_path")));
	}
}
