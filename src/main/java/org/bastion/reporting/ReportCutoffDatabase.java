package org.bastion.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code report_cutoff} table: the window's cut-off and the deadlines, each from a date on. */
@Repository
class ReportCutoffDatabase {

	private final JdbcClient jdbc;

	ReportCutoffDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every setting, oldest first; a deployment keeps a handful. */
	List<ReportCutoff> all() {
		return jdbc.sql("""
				SELECT effective_from, cutoff, village_deadline, township_deadline FROM report_cutoff
				ORDER BY effective_from""")
			.query(ReportCutoffDatabase::map)
			.list();
	}

	void put(ReportCutoff setting, String by, Instant at) {
		jdbc.sql("DELETE FROM report_cutoff WHERE effective_from = ?").params(setting.effectiveFrom()).update();
		jdbc.sql("""
				INSERT INTO report_cutoff (effective_from, cutoff, village_deadline, township_deadline, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(setting.effectiveFrom(), setting.cutoff(), setting.villageDeadline(), setting.townshipDeadline(), by,
					at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static ReportCutoff map(ResultSet rs, int row) throws SQLException {
		return new ReportCutoff(rs.getObject("effective_from", LocalDate.class),
				rs.getObject("cutoff", LocalTime.class), rs.getObject("village_deadline", LocalTime.class),
				rs.getObject("township_deadline", LocalTime.class));
	}
}
