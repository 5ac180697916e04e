package org.bastion.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code screening_round} table. */
@Repository
class RoundDatabase {

	private static final String COLUMNS = "id, jurisdiction_code, jurisdiction_path, number, name, deadline, households, "
			+ "status, opened_by, opened_at, closed_by, closed_at";

	/**
	 * A round concerns a viewer when it lies in their area or their area lies in it (a grid worker sees
	 * the county's round, for their grid's part of it).
	 */
	private static final String OVERLAPS = "(" + InScope.sql() + " OR " + InScope.holding("scopePath") + ")";

	private final JdbcClient jdbc;

	RoundDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RoundRow> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM screening_round WHERE id = ?").param(id).query(RoundDatabase::map).optional();
	}

	Optional<Long> findByClientId(String clientId) {
		return jdbc.sql("SELECT id FROM screening_round WHERE client_id = ?").param(clientId).query(Long.class).optional();
	}

	/** Rounds overlapping both the viewer's area and the area asked about, newest first. */
	List<RoundRow> overlapping(JurisdictionPath scope, JurisdictionPath area, int limit) {
		return InScope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM screening_round WHERE " + OVERLAPS
				+ " AND (" + InScope.sql("jurisdiction_path", "area") + " OR " + InScope.holding("areaPath") + ")"
				+ " ORDER BY opened_at DESC, id DESC LIMIT :limit"), scope.likePattern())
			.param("scopePath", InScope.path(scope.value()))
			.param("area", InScope.pattern(area.likePattern()))
			.param("areaPath", InScope.path(area.value()))
			.param("limit", limit)
			.query(RoundDatabase::map)
			.list();
	}

	/**
	 * The open rounds overlapping the viewer's area, newest first: the round opened last is the campaign a worker
	 * walks now (the second round after the first), and one left open from before follows it.
	 */
	List<RoundRow> openOverlapping(JurisdictionPath scope, int limit) {
		return InScope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM screening_round WHERE status = 'OPEN' AND " + OVERLAPS
				+ " ORDER BY opened_at DESC, id DESC LIMIT :limit"), scope.likePattern())
			.param("scopePath", InScope.path(scope.value()))
			.param("limit", limit)
			.query(RoundDatabase::map)
			.list();
	}

	int nextNumber(String jurisdictionCode) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM screening_round WHERE jurisdiction_code = ?")
			.param(jurisdictionCode)
			.query(Integer.class)
			.single();
	}

	/** The round over the same area numbered one before, if any. */
	Optional<RoundRow> previous(RoundRow round) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM screening_round WHERE jurisdiction_code = ? AND number = ?")
			.params(round.jurisdictionCode(), round.number() - 1)
			.query(RoundDatabase::map)
			.optional();
	}

	long insert(String jurisdictionCode, JurisdictionPath path, int number, String name, LocalDate deadline,
			String clientId, String openedBy, Instant openedAt) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO screening_round (jurisdiction_code, jurisdiction_path, number, name, deadline, client_id, opened_by,
				  opened_at)
				VALUES (:code, :path, :number, :name, :deadline, :clientId, :openedBy, :openedAt)""")
			.param("code", jurisdictionCode)
			.param("path", path.value())
			.param("number", number)
			.param("name", name, Types.VARCHAR)
			.param("deadline", deadline)
			.param("clientId", clientId, Types.VARCHAR)
			.param("openedBy", openedBy)
			.param("openedAt", utc(openedAt)));
	}

	void setHouseholds(long id, int households) {
		jdbc.sql("UPDATE screening_round SET households = ? WHERE id = ?").params(households, id).update();
	}

	void close(long id, String closedBy, Instant at) {
		jdbc.sql("UPDATE screening_round SET status = 'CLOSED', closed_by = ?, closed_at = ? WHERE id = ? AND status = 'OPEN'")
			.params(closedBy, utc(at), id)
			.update();
	}

	private static RoundRow map(ResultSet rs, int row) throws SQLException {
		return new RoundRow(rs.getLong("id"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getInt("number"), rs.getString("name"),
				rs.getObject("deadline", LocalDate.class), rs.getInt("households"),
				RoundStatus.valueOf(rs.getString("status")), rs.getString("opened_by"), instant(rs, "opened_at"),
				rs.getString("closed_by"), instant(rs, "closed_at"));
	}

	int repath(JurisdictionPath oldPath, JurisdictionPath newPath) {
		return PathRestamp.under(jdbc, oldPath, newPath, "screening_round");
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
