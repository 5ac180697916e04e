package org.bastion.arrivals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code measure_rule} table: eight rows, one per risk level and fever. */
@Repository
class MeasureDatabase {

	private final JdbcClient jdbc;

	MeasureDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	MeasureTable table() {
		List<MeasureTableRow> rules = jdbc.sql("SELECT risk_level, fever, measure FROM measure_rule ORDER BY risk_level, fever")
			.query((rs, n) -> new MeasureTableRow(RiskLevel.valueOf(rs.getString("risk_level")), rs.getBoolean("fever"),
					Measure.valueOf(rs.getString("measure"))))
			.list();
		return new MeasureTable(rules);
	}

	void replace(MeasureTable table, String username, Instant now) {
		for (MeasureTableRow rule : table.rules()) {
			jdbc.sql("""
					UPDATE measure_rule SET measure = :measure, updated_by = :user, updated_at = :now
					WHERE risk_level = :level AND fever = :fever""")
				.param("measure", rule.measure().name())
				.param("user", username)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("level", rule.riskLevel().name())
				.param("fever", rule.fever())
				.update();
		}
	}
}
