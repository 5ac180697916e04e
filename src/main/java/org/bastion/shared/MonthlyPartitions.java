package org.bastion.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure a month has its partition of a table partitioned by month on PostgreSQL ({@code <table>_yyyy_mm})
 * before a row of that month is written: a row of a month with no partition would be refused. The migration
 * makes the months around its run; a row of another month creates its own, once per month and process, in a
 * transaction of its own so that a refused write does not take the partition with it. H2 keeps one plain
 * table, and there is nothing to do.
 */
public final class MonthlyPartitions {

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	private final boolean partitioned;

	private final String table;

	private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

	public MonthlyPartitions(JdbcClient jdbc, DatabaseProduct database, PlatformTransactionManager transactions, String table) {
		this.jdbc = jdbc;
		this.table = table;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.partitioned = database.isPostgres();
	}

	public void ensure(LocalDate day) {
		YearMonth month = YearMonth.from(day);
		if (!partitioned || known.contains(month)) {
			return;
		}
		String name = "%s_%04d_%02d".formatted(table, month.getYear(), month.getMonthValue());
		separate.executeWithoutResult(status -> jdbc.sql("CREATE TABLE IF NOT EXISTS " + name + " PARTITION OF " + table
				+ " FOR VALUES FROM ('" + month.atDay(1) + "') TO ('" + month.plusMonths(1).atDay(1) + "')").update());
		known.add(month);
	}
}
