package org.bastion.observation;

import java.time.LocalDate;
import javax.sql.DataSource;

import org.bastion.shared.MonthlyPartitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly partitions of {@code health_reading} on PostgreSQL: the migration made the months around its run;
 * a reading of another month makes its own before it is written.
 */
@Component
class ReadingPartitions {

	private final MonthlyPartitions months;

	ReadingPartitions(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.months = new MonthlyPartitions(jdbc, dataSource, transactions, "health_reading");
	}

	void ensure(LocalDate day) {
		months.ensure(day);
	}
}
