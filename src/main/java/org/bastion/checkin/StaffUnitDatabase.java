package org.bastion.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.bastion.observation.CheckWindow;
import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkin_unit} and {@code checkin_member} tables. */
@Repository
class StaffUnitDatabase {

	private static final String COLUMNS = "id, name, windows, jurisdiction_code, jurisdiction_path, created_by";

	private final JdbcClient jdbc;

	StaffUnitDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, List<CheckWindow> windows, String code, JurisdictionPath path, String by) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO checkin_unit (name, windows, jurisdiction_code, jurisdiction_path, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(name, CheckWindow.formatAll(windows), code, path.value(), by));
	}

	Optional<StaffUnitRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM checkin_unit WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(StaffUnitDatabase::map)
			.optional();
	}

	List<StaffUnitRow> list(String scope, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM checkin_unit WHERE " + InScope.positional() + " ORDER BY name, id LIMIT ?")
			.params(InScope.pattern(scope), limit)
			.query(StaffUnitDatabase::map)
			.list();
	}

	/** @return false when the person is a member already */
	boolean addMember(long unitId, long personId, String personName, String by) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM checkin_member WHERE unit_id = ? AND person_id = ?")
			.params(unitId, personId)
			.query(Long.class)
			.single() > 0;
		if (present) {
			return false;
		}
		jdbc.sql("INSERT INTO checkin_member (unit_id, person_id, person_name, added_by, added_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")
			.params(unitId, personId, personName, by)
			.update();
		return true;
	}

	List<StaffUnitMember> members(long unitId) {
		return jdbc.sql("SELECT person_id, person_name FROM checkin_member WHERE unit_id = ? ORDER BY person_name, person_id")
			.param(unitId)
			.query((rs, n) -> new StaffUnitMember(rs.getLong("person_id"), rs.getString("person_name")))
			.list();
	}

	Optional<StaffUnitMember> member(long unitId, long personId) {
		return jdbc.sql("SELECT person_id, person_name FROM checkin_member WHERE unit_id = ? AND person_id = ?")
			.params(unitId, personId)
			.query((rs, n) -> new StaffUnitMember(rs.getLong("person_id"), rs.getString("person_name")))
			.optional();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "checkin_unit", "checkin_entry", "checkin_alert");
	}

	private static StaffUnitRow map(ResultSet rs, int row) throws SQLException {
		return new StaffUnitRow(rs.getLong("id"), rs.getString("name"), CheckWindow.parseAll(rs.getString("windows")),
				rs.getString("jurisdiction_code"), new JurisdictionPath(rs.getString("jurisdiction_path")),
				rs.getString("created_by"));
	}
}
