package org.bastion.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row of {@code observation_settings}; deployment-wide, so unscoped. */
@Repository
class SettingsDatabase {

	record Row(int periodDays, String windows, String noticePrefix, String updatedBy, OffsetDateTime updatedAt) {
	}

	private final JdbcClient jdbc;

	SettingsDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Row get() {
		return jdbc.sql("SELECT period_days, windows, notice_prefix, updated_by, updated_at FROM observation_settings WHERE id = 1")
			.query(SettingsDatabase::map)
			.single();
	}

	void update(int periodDays, String windows, String noticePrefix, String updatedBy) {
		jdbc.sql("""
				UPDATE observation_settings SET period_days = ?, windows = ?, notice_prefix = ?, updated_by = ?,
				  updated_at = CURRENT_TIMESTAMP WHERE id = 1""")
			.params(periodDays, windows, noticePrefix, updatedBy)
			.update();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getInt("period_days"), rs.getString("windows"), rs.getString("notice_prefix"),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
	}
}
