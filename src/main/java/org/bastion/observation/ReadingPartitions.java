package org.bastion.observation;

import java.time.LocalDate;

import org.bastion.shared.DatabaseProduct;
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

	ReadingPartitions(JdbcClient jdbc, DatabaseProduct database, PlatformTransactionManager transactions) {
		this.months = new MonthlyPartitions(jdbc, database, transactions, "health_reading");
	}

	void ensure(LocalDate day) {
		months.ensure(day);
	}
}
