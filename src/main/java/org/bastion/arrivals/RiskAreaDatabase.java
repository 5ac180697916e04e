package org.bastion.arrivals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.Inserts;
import org.bastion.shared.KeptReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code risk_area} table. National reference data: not scoped to a viewer's area. The designations of
 * a day are also kept in memory for the checks of every passing trip ({@link #notEndedBeforeKept}).
 */
@Repository
class RiskAreaDatabase {

	/** The designations of a day, for the checks of every passing trip. */
	private final KeptReads<LocalDate, List<RiskArea>> kept = new KeptReads<>();

	private static final String COLUMNS = "id, division_code, division_name, level, valid_from, valid_to, created_by, "
			+ "created_at, updated_at";

	private final JdbcClient jdbc;

	RiskAreaDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RiskArea> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM risk_area ORDER BY valid_from DESC, id DESC")
			.query(RiskAreaDatabase::map)
			.list();
	}

	/** Designations that have not ended before {@code date}: in force then or later. */
	List<RiskArea> notEndedBefore(LocalDate date) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM risk_area WHERE valid_to IS NULL OR valid_to >= ? "
				+ "ORDER BY valid_from DESC, id DESC")
			.param(date)
			.query(RiskAreaDatabase::map)
			.list();
	}

	/** {@link #notEndedBefore} as kept in memory for a few seconds ({@link KeptReads}). */
	List<RiskArea> notEndedBeforeKept(LocalDate date) {
		return kept.get(date, day -> List.copyOf(notEndedBefore(day)));
	}

	Optional<RiskArea> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM risk_area WHERE id = ?").param(id).query(RiskAreaDatabase::map).optional();
	}

	long insert(String code, String name, RiskLevel level, LocalDate from, LocalDate to, String by, Instant now) {
		kept.changed();
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO risk_area (division_code, division_name, level, valid_from, valid_to, created_by,
				  created_at, updated_at)
				VALUES (:code, :name, :level, :from, :to, :by, :now, :now)""")
			.param("code", code)
			.param("name", name)
			.param("level", level.name())
			.param("from", from)
			.param("to", to, Types.DATE)
			.param("by", by)
			.param("now", now.atOffset(ZoneOffset.UTC)));
	}

	void update(long id, String code, String name, RiskLevel level, LocalDate from, LocalDate to, Instant now) {
		kept.changed();
		jdbc.sql("""
				UPDATE risk_area SET division_code = :code, division_name = :name, level = :level, valid_from = :from,
				  valid_to = :to, updated_at = :now WHERE id = :id""")
			.param("code", code)
			.param("name", name)
			.param("level", level.name())
			.param("from", from)
			.param("to", to, Types.DATE)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private static RiskArea map(ResultSet rs, int row) throws SQLException {
		return new RiskArea(rs.getLong("id"), rs.getString("division_code"), rs.getString("division_name"),
				RiskLevel.valueOf(rs.getString("level")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
