package org.bastion.web;

import java.sql.Timestamp;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code databaseWrite} health: UP only when a real write commits. The stock database check
 * runs a query, and a database that answers reads but refuses every write (seen on H2 after an
 * out-of-memory) stayed UP while every user's save failed. Part of the readiness group, so a load
 * balancer stops sending users to a node that cannot save their work.
 */
@Component("databaseWriteHealthIndicator")
class DatabaseWriteHealth extends AbstractHealthIndicator {

	/** Seconds the write may take before the check gives up and reports DOWN. */
	private static final int TIMEOUT_SECONDS = 5;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DatabaseWriteHealth(DataSource dataSource) {
		super("The database cannot be written");
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setQueryTimeout(TIMEOUT_SECONDS);
		this.clock = Clock.systemUTC();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int updated = jdbc.update("UPDATE operations_heartbeat SET beat_at = ? WHERE id = 1",
				Timestamp.from(clock.instant()));
		if (updated == 1) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", "heartbeat row missing");
		}
	}
}
