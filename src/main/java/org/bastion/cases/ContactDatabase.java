package org.bastion.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_contact} table; its rows carry the case's path, so a case's viewers see its contacts. */
@Repository
class ContactDatabase {

	private static final String COLUMNS = """
			c.id, c.case_id, c.person_id, c.person_name, c.relation, c.last_exposure_date, c.observation_id, o.status""";

	private final JdbcClient jdbc;

	ContactDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(long caseId, long personId, String matchKey) {
		return jdbc.sql("SELECT COUNT(*) FROM case_contact WHERE case_id = ? AND (person_id = ? OR match_key = ?)")
			.params(caseId, personId, matchKey)
			.query(Long.class)
			.single() > 0;
	}

	boolean existsKey(long caseId, String matchKey) {
		return jdbc.sql("SELECT COUNT(*) FROM case_contact WHERE case_id = ? AND match_key = ?")
			.params(caseId, matchKey)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long caseId, long personId, String personName, String matchKey, String relation, LocalDate lastExposure,
			JurisdictionPath path, String by) {
		jdbc.sql("""
				INSERT INTO case_contact (case_id, person_id, person_name, match_key, relation, last_exposure_date,
				  jurisdiction_path, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(caseId, personId, personName, matchKey, relation, lastExposure, path.value(), by)
			.update();
		return jdbc.sql("SELECT id FROM case_contact WHERE case_id = ? AND person_id = ?")
			.params(caseId, personId)
			.query(Long.class)
			.single();
	}

	List<ContactView> ofCase(long caseId) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM case_contact c LEFT JOIN observation o ON o.id = c.observation_id WHERE c.case_id = ? ORDER BY c.id")
			.param(caseId)
			.query(ContactDatabase::map)
			.list();
	}

	void observed(long contactId, long observationId) {
		jdbc.sql("UPDATE case_contact SET observation_id = ? WHERE id = ?").params(observationId, contactId).update();
	}

	private static ContactView map(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		return new ContactView(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("person_id"),
				rs.getString("person_name"), rs.getString("relation"), rs.getObject("last_exposure_date", LocalDate.class),
				rs.getObject("observation_id", Long.class), status == null ? null : ObservationStatus.valueOf(status));
	}
}
