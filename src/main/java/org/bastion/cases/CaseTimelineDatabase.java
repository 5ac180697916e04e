package org.bastion.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bastion.shared.InScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's case with its status changes, and the cases they were recorded as a close contact of. */
@Repository
class CaseTimelineDatabase {

	record StatusChange(long caseId, CaseStatus status, LocalDate date, String note, Instant changedAt) {
	}

	/** @param lastExposureDate null when the contact did not say */
	record ContactOf(long caseId, String casePersonName, LocalDate lastExposureDate, Instant recordedAt) {
	}

	/** A case takes a handful of statuses and a person is the contact of a few cases: the bound only guards the page. */
	static final int MAX_ROWS = 100;

	private final JdbcClient jdbc;

	CaseTimelineDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StatusChange> statusChanges(long personId, String scope) {
		return jdbc.sql("""
				SELECT s.case_id, s.status, s.change_date, s.note, s.changed_at
				FROM case_status_change s JOIN health_case c ON c.id = s.case_id
				WHERE c.person_id = ? AND %s ORDER BY s.id DESC LIMIT ?""".formatted(InScope.positional("s.jurisdiction_path")))
			.params(personId, InScope.pattern(scope), MAX_ROWS)
			.query((rs, n) -> new StatusChange(rs.getLong("case_id"), CaseStatus.valueOf(rs.getString("status")),
					rs.getObject("change_date", LocalDate.class), rs.getString("note"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The contact rows carry their case's path, so the case named here is one the viewer may open. */
	List<ContactOf> contactOf(long personId, String scope) {
		return jdbc.sql("""
				SELECT k.case_id, c.person_name, k.last_exposure_date, k.created_at
				FROM case_contact k JOIN health_case c ON c.id = k.case_id
				WHERE k.person_id = ? AND %s ORDER BY k.id DESC LIMIT ?""".formatted(InScope.positional("k.jurisdiction_path")))
			.params(personId, InScope.pattern(scope), MAX_ROWS)
			.query((rs, n) -> new ContactOf(rs.getLong("case_id"), rs.getString("person_name"),
					rs.getObject("last_exposure_date", LocalDate.class),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}
}
