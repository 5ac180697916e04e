package org.bastion.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NewestFirst;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code health_case} and {@code case_status_change} tables. */
@Repository
class CaseDatabase {

	private static final String COLUMNS = """
			id, client_id, person_id, person_name, status, onset_date, confirmed_date, outcome_date, hospital,
			jurisdiction_code, jurisdiction_path, created_by, created_at""";

	record DailyRow(LocalDate date, CaseStatus status, long count) {
	}

	private final JdbcClient jdbc;

	CaseDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(CaseRow row) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO health_case (client_id, person_id, person_name, status, onset_date, confirmed_date,
				  hospital, jurisdiction_code, jurisdiction_path, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(row.clientId(), row.personId(), row.personName(), row.status().name(), row.onsetDate(),
					row.confirmedDate(), row.hospital(), row.jurisdictionCode(),
					row.jurisdictionPath().value(), row.createdBy()));
	}

	Optional<CaseRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_case WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(CaseDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<CaseRow> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_case WHERE client_id = ?").param(clientId).query(CaseDatabase::map).optional();
	}

	/** Unscoped on purpose: one case per person across the deployment. */
	Optional<CaseRow> findByPerson(long personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_case WHERE person_id = ?").param(personId).query(CaseDatabase::map).optional();
	}

	/** The cases of these persons inside the scope: contacts who became cases themselves. */
	List<CaseRow> ofPersons(Collection<Long> personIds, String scope) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return InScope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM health_case WHERE person_id IN (:ids) AND " + InScope.sql()), scope)
			.param("ids", personIds)
			.query(CaseDatabase::map)
			.list();
	}

	List<CaseRow> list(String scope, CaseStatus status, Long before, int limit) {
		return NewestFirst.page(jdbc, COLUMNS, "health_case", scope, status == null ? null : status.name(), before, limit, CaseDatabase::map);
	}

	/** @return false when someone else moved the case first */
	boolean move(long id, CaseStatus from, CaseStatus to, LocalDate confirmedDate, LocalDate outcomeDate) {
		return jdbc.sql("""
				UPDATE health_case SET status = ?, confirmed_date = COALESCE(confirmed_date, ?),
				  outcome_date = COALESCE(outcome_date, ?)
				WHERE id = ? AND status = ?""")
			.params(to.name(), confirmedDate, outcomeDate, id, from.name())
			.update() == 1;
	}

	void recordChange(long caseId, CaseStatus status, LocalDate date, String note, JurisdictionPath path, String by) {
		jdbc.sql("""
				INSERT INTO case_status_change (case_id, status, change_date, note, jurisdiction_path, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(caseId, status.name(), date, note, path.value(), by)
			.update();
	}

	/** The statuses as stored: who set each is named by login, the service adds the display names. */
	List<CaseHistoryEntry> history(long caseId) {
		return jdbc.sql("SELECT status, change_date, note, changed_by FROM case_status_change WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query((rs, n) -> new CaseHistoryEntry(CaseStatus.valueOf(rs.getString("status")),
					rs.getObject("change_date", LocalDate.class), rs.getString("note"), rs.getString("changed_by"),
					null))
			.list();
	}

	List<DailyRow> daily(String scope, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT change_date, status, COUNT(*) AS n FROM case_status_change WHERE " + InScope.positional()
				+ " AND change_date BETWEEN ? AND ? GROUP BY change_date, status")
			.params(InScope.pattern(scope), from, to)
			.query((rs, n) -> new DailyRow(rs.getObject("change_date", LocalDate.class),
					CaseStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "health_case", "case_status_change", "case_contact");
	}

	private static CaseRow map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new CaseRow(rs.getLong("id"), rs.getString("client_id"), rs.getLong("person_id"),
				rs.getString("person_name"), CaseStatus.valueOf(rs.getString("status")),
				rs.getObject("onset_date", LocalDate.class), rs.getObject("confirmed_date", LocalDate.class),
				rs.getObject("outcome_date", LocalDate.class), rs.getString("hospital"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("created_by"),
				created == null ? null : created.toInstant());
	}
}
