package org.bastion.isolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code isolation_site} and {@code isolation_room} tables, with the occupancy counted from open stays. */
@Repository
class IsolationSiteDatabase {

	/** A site with its place's path, which viewers are not shown. */
	record Row(IsolationSiteView view, JurisdictionPath path) {
	}

	/** A room as stored. */
	record Room(long id, long siteId, String number, int beds) {
	}

	private static final String SITE = """
			SELECT s.id, s.name, s.kind, s.jurisdiction_code, s.jurisdiction_path, s.address, s.staff, s.created_by,
			  s.created_at,
			  (SELECT COUNT(*) FROM isolation_room r WHERE r.site_id = s.id) AS rooms,
			  (SELECT COALESCE(SUM(r.beds), 0) FROM isolation_room r WHERE r.site_id = s.id) AS beds,
			  (SELECT COUNT(*) FROM site_stay t WHERE t.site_id = s.id AND t.status = 'OPEN') AS occupied
			FROM isolation_site s""";

	private final JdbcClient jdbc;

	IsolationSiteDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(IsolationSiteRequest site, String clientId, String code, JurisdictionPath path, String by) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO isolation_site (client_id, name, kind, address, staff, jurisdiction_code, jurisdiction_path,
				  created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(clientId, site.name().strip(), site.kind().name(), blankToNull(site.address()),
					blankToNull(site.staff()), code, path.value(), by));
	}

	Optional<Row> find(long id, String scope) {
		return jdbc.sql(SITE + " WHERE s.id = ? AND " + InScope.positional("s.jurisdiction_path"))
			.params(id, InScope.pattern(scope))
			.query(IsolationSiteDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return jdbc.sql(SITE + " WHERE s.client_id = ?").param(clientId).query(IsolationSiteDatabase::map).optional();
	}

	Optional<Row> findByName(String code, String name) {
		return jdbc.sql(SITE + " WHERE s.jurisdiction_code = ? AND s.name = ?")
			.params(code, name)
			.query(IsolationSiteDatabase::map)
			.optional();
	}

	List<Row> list(String scope) {
		return jdbc.sql(SITE + " WHERE " + InScope.positional("s.jurisdiction_path") + " ORDER BY s.jurisdiction_path, s.name LIMIT 500")
			.param(InScope.pattern(scope))
			.query(IsolationSiteDatabase::map)
			.list();
	}

	long insertRoom(long siteId, String number, int beds) {
		return Inserts.returningId(jdbc.sql("INSERT INTO isolation_room (site_id, room_number, beds) VALUES (?, ?, ?)")
			.params(siteId, number, beds));
	}

	Optional<Room> room(long roomId) {
		return jdbc.sql("SELECT id, site_id, room_number, beds FROM isolation_room WHERE id = ?")
			.param(roomId)
			.query(IsolationSiteDatabase::mapRoom)
			.optional();
	}

	/** Locks the room until the transaction ends: check-ins to it wait for each other. */
	Optional<Room> lockRoom(long roomId) {
		return jdbc.sql("SELECT id, site_id, room_number, beds FROM isolation_room WHERE id = ? FOR UPDATE")
			.param(roomId)
			.query(IsolationSiteDatabase::mapRoom)
			.optional();
	}

	Optional<Room> roomByNumber(long siteId, String number) {
		return jdbc.sql("SELECT id, site_id, room_number, beds FROM isolation_room WHERE site_id = ? AND room_number = ?")
			.params(siteId, number)
			.query(IsolationSiteDatabase::mapRoom)
			.optional();
	}

	List<Room> rooms(long siteId) {
		return jdbc.sql("SELECT id, site_id, room_number, beds FROM isolation_room WHERE site_id = ? ORDER BY room_number, id")
			.param(siteId)
			.query(IsolationSiteDatabase::mapRoom)
			.list();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "isolation_site", "site_stay", "occupant_request");
		jdbc.sql("UPDATE site_stay SET person_path = CONCAT(?, SUBSTRING(person_path, ?)) WHERE " + InScope.positional("person_path"))
			.params(to.value(), from.value().length() + 1, InScope.pattern(from.likePattern()))
			.update();
	}

	private static Room mapRoom(ResultSet rs, int row) throws SQLException {
		return new Room(rs.getLong("id"), rs.getLong("site_id"), rs.getString("room_number"), rs.getInt("beds"));
	}

	/** A site as stored: its opener's display name is the service's to add ({@code IsolationSiteView.named}). */
	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		IsolationSiteView view = new IsolationSiteView(rs.getLong("id"), rs.getString("name"),
				IsolationSiteKind.valueOf(rs.getString("kind")), rs.getString("jurisdiction_code"), rs.getString("address"),
				rs.getString("staff"), rs.getInt("rooms"), rs.getInt("beds"), rs.getInt("occupied"),
				rs.getString("created_by"), null, created == null ? null : created.toInstant());
		return new Row(view, new JurisdictionPath(rs.getString("jurisdiction_path")));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
