package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts and lists of arrivals failing the data-quality checks, always within a path prefix. */
@Repository
class DataQualityDatabase {

	private final JdbcClient jdbc;

	DataQualityDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One pass over the area's arrivals counts every check at once. */
	Counts count(String scope, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) AS total");
		for (DataQualityList check : DataQualityList.values()) {
			sql.append(", SUM(CASE WHEN ").append(check.failingCondition()).append(" THEN 1 ELSE 0 END) AS ")
				.append(check.name().toLowerCase(java.util.Locale.ROOT));
		}
		sql.append(" FROM arrival WHERE jurisdiction_path LIKE ? AND arrival_date BETWEEN ? AND ?");
		return jdbc.sql(sql.toString()).params(scope, from, to).query((rs, n) -> {
			Map<DataQualityList, Long> failing = new EnumMap<>(DataQualityList.class);
			for (DataQualityList check : DataQualityList.values()) {
				failing.put(check, rs.getLong(check.name().toLowerCase(java.util.Locale.ROOT)));
			}
			return new Counts(rs.getLong("total"), failing);
		}).single();
	}

	record Counts(long arrivals, Map<DataQualityList, Long> failing) {
	}

	List<Arrival> failing(DataQualityList check, String scope, LocalDate from, LocalDate to, Long before, int limit) {
		return jdbc.sql("SELECT " + ArrivalDatabase.COLUMNS + " FROM arrival WHERE jurisdiction_path LIKE :scope"
				+ " AND arrival_date BETWEEN :from AND :to AND " + check.failingCondition()
				+ (before == null ? "" : " AND id < :before") + " ORDER BY id DESC LIMIT :limit")
			.param("scope", scope)
			.param("from", from)
			.param("to", to)
			.param("before", before == null ? 0L : before)
			.param("limit", limit)
			.query(ArrivalDatabase::map)
			.list();
	}
}
