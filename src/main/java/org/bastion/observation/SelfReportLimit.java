package org.bastion.observation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts self-report posts per order and clock hour in a table, so the limit holds across app nodes
 * and restarts: a leaked link cannot flood an order with readings.
 */
@Repository
class SelfReportLimit {

	static final int POSTS_PER_HOUR = 10;

	private final JdbcClient jdbc;

	SelfReportLimit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one post; false when the order has had its posts this hour. */
	boolean tryPost(long observationId, Instant now) {
		OffsetDateTime hour = now.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("UPDATE self_report_window SET posts = posts + 1 WHERE observation_id = ? AND window_start = ?")
			.params(observationId, hour)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO self_report_window (observation_id, window_start, posts) VALUES (?, ?, 1)")
					.params(observationId, hour)
					.update();
			}
			catch (DuplicateKeyException raced) {
				jdbc.sql("UPDATE self_report_window SET posts = posts + 1 WHERE observation_id = ? AND window_start = ?")
					.params(observationId, hour)
					.update();
			}
		}
		int posts = jdbc.sql("SELECT posts FROM self_report_window WHERE observation_id = ? AND window_start = ?")
			.params(observationId, hour)
			.query(Integer.class)
			.single();
		return posts <= POSTS_PER_HOUR;
	}
}
