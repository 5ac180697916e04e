package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A month far ahead gets its partition of the passages and of the readings on PostgreSQL the first time a row
 * of it is written, so that the row is stored; on H2 the tables are plain and nothing is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyPartitionsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseProduct database;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aMonthWithoutAPartitionGetsOneOnceAndOnlyOnPostgres() {
		boolean postgres = database.isPostgres();
		for (String table : new String[] { "checkpoint_passage", "health_reading" }) {
			MonthlyPartitions months = new MonthlyPartitions(jdbc, database, transactions, table);
			months.ensure(LocalDate.of(2031, 5, 17));
			months.ensure(LocalDate.of(2031, 5, 30));
			if (postgres) {
				assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
						+ "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = ? AND c.relname = ?")
					.params(table, table + "_2031_05").query(Integer.class).single()).as(table).isEqualTo(1);
			}
			else {
				assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?")
					.param(table + "_2031_05").query(Integer.class).single()).as(table).isZero();
			}
		}
	}
}
