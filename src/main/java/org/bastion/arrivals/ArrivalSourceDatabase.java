package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Arrivals by where they were found: the screening round, the pushed-list entry. */
@Repository
class ArrivalSourceDatabase {

	private final JdbcClient jdbc;

	ArrivalSourceDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ArrivalsBySource.Found> found(long roundId, long previousRoundId, String scope) {
		return jdbc.sql("""
				SELECT jurisdiction_path, round_id, COUNT(DISTINCT person_id) AS persons FROM arrival
				WHERE round_id IN (?, ?) AND %s
				GROUP BY jurisdiction_path, round_id""".formatted(InScope.positional()))
			.params(roundId, previousRoundId, InScope.pattern(scope))
			.query((rs, row) -> new ArrivalsBySource.Found(new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getLong("round_id"),
					rs.getLong("persons")))
			.list();
	}

	private static final String NEWLY_FOUND = "FROM arrival a WHERE a.round_id = :round AND " + InScope.sql("a.jurisdiction_path")
			+ " AND NOT EXISTS (SELECT 1 FROM arrival b WHERE b.person_id = a.person_id AND b.round_id = :previous)";

	List<ArrivalsBySource.NewlyFound> newlyFound(long roundId, long previousRoundId, String scope, int limit) {
		return InScope.bind(jdbc.sql("SELECT a.id, a.person_id, a.jurisdiction_code, a.arrival_date, a.risk_level "
				+ NEWLY_FOUND + " ORDER BY a.id LIMIT :limit"), scope)
			.param("round", roundId)
			.param("previous", previousRoundId)
			.param("limit", limit)
			.query((rs, row) -> new ArrivalsBySource.NewlyFound(rs.getLong("id"), rs.getLong("person_id"),
					rs.getString("jurisdiction_code"), rs.getObject("arrival_date", LocalDate.class),
					rs.getString("risk_level")))
			.list();
	}

	Map<Long, Long> fromListEntries(Collection<Long> entryIds) {
		Map<Long, Long> arrivals = new HashMap<>();
		jdbc.sql("SELECT list_entry_id, MIN(id) AS id FROM arrival WHERE list_entry_id IN (:ids) GROUP BY list_entry_id")
			.param("ids", entryIds)
			.query((rs, n) -> arrivals.put(rs.getLong("list_entry_id"), rs.getLong("id")))
			.list();
		return arrivals;
	}

	long newlyFoundCount(long roundId, long previousRoundId, String scope) {
		return InScope.bind(jdbc.sql("SELECT COUNT(DISTINCT a.person_id) " + NEWLY_FOUND), scope)
			.param("round", roundId)
			.param("previous", previousRoundId)
			.query(Long.class)
			.single();
	}
}
