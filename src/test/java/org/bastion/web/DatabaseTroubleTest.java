package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What each database failure means for the caller, from the failures H2 and PostgreSQL really raise. */
class DatabaseTroubleTest {

	@Test
	void onlyATakenUniqueKeyIsAConflict() {
		assertThat(DatabaseTrouble.of(new DuplicateKeyException("taken"))).isEqualTo(DatabaseTrouble.CONFLICT);
		assertThat(DatabaseTrouble.of(integrity(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))))
			.isEqualTo(DatabaseTrouble.CONFLICT);
		assertThat(DatabaseTrouble.of(integrity(h2(ErrorCode.DUPLICATE_KEY_1, "person")))).isEqualTo(DatabaseTrouble.CONFLICT);
	}

	@Test
	void aRefusedValueIsBadInput() {
		assertThat(DatabaseTrouble.of(integrity(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00",
				"22021")))).isEqualTo(DatabaseTrouble.BAD_INPUT);
		assertThat(DatabaseTrouble.of(integrity(new PSQLException("null value", PSQLState.NOT_NULL_VIOLATION))))
			.isEqualTo(DatabaseTrouble.BAD_INPUT);
		assertThat(DatabaseTrouble.of(integrity(new PSQLException("check", PSQLState.CHECK_VIOLATION))))
			.isEqualTo(DatabaseTrouble.BAD_INPUT);
		assertThat(DatabaseTrouble.of(integrity(h2(ErrorCode.VALUE_TOO_LONG_2, "name", "x"))))
			.isEqualTo(DatabaseTrouble.BAD_INPUT);
		assertThat(DatabaseTrouble.of(integrity(h2(ErrorCode.NULL_NOT_ALLOWED, "name")))).isEqualTo(DatabaseTrouble.BAD_INPUT);
	}

	@Test
	void aClosedOrUnreachableDatabaseIsAnOutage() {
		assertThat(DatabaseTrouble.of(integrity(h2(ErrorCode.DATABASE_IS_CLOSED)))).isEqualTo(DatabaseTrouble.UNAVAILABLE);
		assertThat(DatabaseTrouble.of(new UncategorizedSQLException("insert", "INSERT", h2(ErrorCode.DATABASE_CALLED_AT_SHUTDOWN))))
			.isEqualTo(DatabaseTrouble.UNAVAILABLE);
		assertThat(DatabaseTrouble.of(integrity(h2(ErrorCode.OUT_OF_MEMORY)))).isEqualTo(DatabaseTrouble.UNAVAILABLE);
		assertThat(DatabaseTrouble.of(new CannotGetJdbcConnectionException("pool", new SQLException("timeout"))))
			.isEqualTo(DatabaseTrouble.UNAVAILABLE);
		assertThat(DatabaseTrouble.of(new CannotCreateTransactionException("begin")))
			.isEqualTo(DatabaseTrouble.UNAVAILABLE);
		assertThat(DatabaseTrouble.of(integrity(new PSQLException("terminating connection", PSQLState.CONNECTION_FAILURE))))
			.isEqualTo(DatabaseTrouble.UNAVAILABLE);
		assertThat(DatabaseTrouble.of(integrity(new SQLException("could not extend file: No space left on device", "53100"))))
			.isEqualTo(DatabaseTrouble.UNAVAILABLE);
	}

	/** Seen when PostgreSQL's backends were terminated under a batch of passages: a 500 before. */
	@Test
	void aRollbackThatFailsOnAConnectionKilledUnderItIsAnOutage() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new UncategorizedSQLException("batch", "INSERT",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
		assertThat(DatabaseTrouble.of(rollback)).isEqualTo(DatabaseTrouble.UNAVAILABLE);

		TransactionSystemException ours = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		ours.initApplicationException(new IllegalStateException("a fault of ours"));
		assertThat(DatabaseTrouble.of(ours)).isEqualTo(DatabaseTrouble.UNKNOWN);
	}

	@Test
	void anythingElseIsUnexpected() {
		assertThat(DatabaseTrouble.of(new UncategorizedSQLException("select", "SELECT", new SQLException("syntax", "42601"))))
			.isEqualTo(DatabaseTrouble.UNKNOWN);
		assertThat(DatabaseTrouble.of(new IllegalStateException("not the database"))).isEqualTo(DatabaseTrouble.UNKNOWN);
	}

	private static DataIntegrityViolationException integrity(SQLException cause) {
		return new DataIntegrityViolationException("refused", cause);
	}

	private static SQLException h2(int code, String... parameters) {
		return DbException.get(code, parameters).getSQLException();
	}
}
