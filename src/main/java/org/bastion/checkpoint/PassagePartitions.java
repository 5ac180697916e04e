package org.bastion.checkpoint;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the month of a passage has its partition of {@code checkpoint_passage} on PostgreSQL before the
 * passage is written (a passage of a month with no partition would be refused). The migration (V106) made
 * the months of the passages there were and two ahead; a passage of a later month creates its own, once per
 * month and process, in a transaction of its own so that a refused batch does not take the partition with
 * it. H2 has one plain table and nothing to do.
 */
@Component
class PassagePartitions {

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	private final boolean partitioned;

	private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

	PassagePartitions(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.partitioned = isPostgres(dataSource);
	}

	void ensure(LocalDate day) {
		YearMonth month = YearMonth.from(day);
		if (!partitioned || known.contains(month)) {
			return;
		}
		String name = "checkpoint_passage_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
		separate.executeWithoutResult(status -> jdbc.sql("CREATE TABLE IF NOT EXISTS " + name
				+ " PARTITION OF checkpoint_passage FOR VALUES FROM ('" + month.atDay(1) + "') TO ('"
				+ month.plusMonths(1).atDay(1) + "')").update());
		known.add(month);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database holds the passages", e);
		}
	}
}
