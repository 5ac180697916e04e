package org.bastion.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ProposalView.ProposalStatus;
import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code observation_proposal} table. The unscoped reads serve the arrival listener, which runs
 * after the arrival's commit without a signed-in user, and the one-open-proposal-per-person rule.
 */
@Repository
class ProposalDatabase {

	private static final String COLUMNS = """
			id, arrival_id, person_id, person_name, kind, start_date, risk_level, measure, status, jurisdiction_code,
			jurisdiction_path, proposed_at, decided_by, decided_at, dismiss_reason, observation_id""";

	record NewRow(long arrivalId, long personId, String personName, ObservationKind kind, LocalDate startDate,
			String riskLevel, String measure, String jurisdictionCode, String jurisdictionPath) {
	}

	private final JdbcClient jdbc;

	ProposalDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores nothing when the person has an open proposal already: another arrival of theirs proposed
	 * first. A failed insert would abort the listener's transaction on PostgreSQL, hence no exception.
	 */
	void insert(NewRow row) {
		jdbc.sql("""
				INSERT INTO observation_proposal (arrival_id, person_id, person_name, open_person_id, kind, start_date,
				  risk_level, measure, status, jurisdiction_code, jurisdiction_path, proposed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, CURRENT_TIMESTAMP)
				ON CONFLICT DO NOTHING""")
			.params(row.arrivalId(), row.personId(), row.personName(), row.personId(), row.kind().name(), row.startDate(),
					row.riskLevel(), row.measure(), row.jurisdictionCode(), row.jurisdictionPath())
			.update();
	}

	/** Unscoped on purpose: one open proposal per person across the deployment. */
	Optional<ProposalView.Row> openOfPerson(long personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation_proposal WHERE open_person_id = ?")
			.param(personId)
			.query(ProposalDatabase::map)
			.optional();
	}

	/** Whether a proposal of the arrival was accepted, dismissed or superseded: the person was dealt with. */
	boolean dealtWith(long arrivalId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM observation_proposal
				WHERE arrival_id = ? AND status IN ('ACCEPTED', 'DISMISSED', 'SUPERSEDED')""")
			.param(arrivalId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<ProposalView.Row> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation_proposal WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(ProposalDatabase::map)
			.optional();
	}

	/** Newest first, after the id {@code before} when paging. */
	List<ProposalView.Row> list(String scope, ProposalStatus status, Long before, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
				+ " FROM observation_proposal WHERE status = :status AND " + InScope.sql());
		if (before != null) {
			sql.append(" AND id < :before");
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		JdbcClient.StatementSpec statement = InScope.bind(jdbc.sql(sql.toString()), scope)
			.param("status", status.name())
			.param("limit", limit);
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(ProposalDatabase::map).list();
	}

	List<ProposalView> ofPerson(long personId, String scope) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM observation_proposal WHERE person_id = ? AND " + InScope.positional() + " ORDER BY id DESC LIMIT 100")
			.params(personId, InScope.pattern(scope))
			.query(ProposalDatabase::map)
			.stream()
			.map(ProposalView.Row::view)
			.toList();
	}

	long countOpen(String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM observation_proposal WHERE status = 'OPEN' AND " + InScope.positional())
			.param(InScope.pattern(scope))
			.query(Long.class)
			.single();
	}

	void changeKind(long id, ObservationKind kind, String riskLevel, String measure) {
		jdbc.sql("UPDATE observation_proposal SET kind = ?, risk_level = ?, measure = ? WHERE id = ? AND status = 'OPEN'")
			.params(kind.name(), riskLevel, measure, id)
			.update();
	}

	/** @return false when someone decided it first */
	boolean decide(long id, ProposalStatus status, String by, String reason, Long observationId) {
		return jdbc.sql("""
				UPDATE observation_proposal SET status = ?, open_person_id = NULL, decided_by = ?,
				  decided_at = CURRENT_TIMESTAMP, dismiss_reason = ?, observation_id = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(status.name(), by, reason, observationId, id)
			.update() == 1;
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "observation_proposal");
	}

	/** A proposal as stored: the decider's display name is the service's to add ({@code ProposalView.named}). */
	private static ProposalView.Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime proposed = rs.getObject("proposed_at", OffsetDateTime.class);
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		ProposalView view = new ProposalView(rs.getLong("id"), rs.getLong("arrival_id"), rs.getLong("person_id"),
				rs.getString("person_name"), ObservationKind.valueOf(rs.getString("kind")),
				rs.getObject("start_date", LocalDate.class), rs.getString("risk_level"), rs.getString("measure"),
				ProposalStatus.valueOf(rs.getString("status")), rs.getString("jurisdiction_code"),
				proposed == null ? null : proposed.toInstant(), rs.getString("decided_by"), null,
				decided == null ? null : decided.toInstant(), rs.getString("dismiss_reason"),
				rs.getObject("observation_id", Long.class));
		return new ProposalView.Row(view, new JurisdictionPath(rs.getString("jurisdiction_path")));
	}
}
