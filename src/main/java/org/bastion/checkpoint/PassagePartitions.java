package org.bastion.checkpoint;

import java.time.LocalDate;

import org.bastion.shared.DatabaseProduct;
import org.bastion.shared.MonthlyPartitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly partitions of {@code checkpoint_passage} on PostgreSQL: the migration (V106) made the months of the
 * passages there were and two ahead; a passage of a later month makes its own before it is written.
 */
@Component
class PassagePartitions {

	private final MonthlyPartitions months;

	PassagePartitions(JdbcClient jdbc, DatabaseProduct database, PlatformTransactionManager transactions) {
		this.months = new MonthlyPartitions(jdbc, database, transactions, "checkpoint_passage");
	}

	void ensure(LocalDate day) {
		months.ensure(day);
	}
}
