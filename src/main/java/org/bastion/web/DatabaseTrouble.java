package org.bastion.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a failure from the database means for the caller. Spring files many unrelated failures under
 * {@code DataIntegrityViolationException} (a closed H2 answers every write with one), so the
 * answer is read from the SQL state and vendor code of the cause, not from Spring's category alone:
 * only a taken unique key is a conflict, bad values are bad input, a database that cannot be reached
 * or written is an outage the caller should retry.
 */
enum DatabaseTrouble {

	/** A unique key is taken: the request collides with a stored row. */
	CONFLICT,

	/** The database refused a value: a NUL, a too-long text, a missing or out-of-range value. */
	BAD_INPUT,

	/** The database cannot be reached or written now; retrying later may succeed. */
	UNAVAILABLE,

	/** Anything else: a fault of ours, answered as unexpected. */
	UNKNOWN;

	/** Seconds a client is asked to wait after an outage before it tries again. */
	static final int RETRY_AFTER_SECONDS = 30;

	/**
	 * H2's codes for a closed, broken or exhausted database (DATABASE_IS_CLOSED,
	 * DATABASE_CALLED_AT_SHUTDOWN, CONNECTION_BROKEN, OUT_OF_MEMORY, IO_EXCEPTION, FILE_CORRUPTED,
	 * NO_DISK_SPACE_AVAILABLE, DATABASE_ALREADY_OPEN, DATABASE_NOT_FOUND), which it may report under
	 * any SQL state.
	 */
	private static final Set<Integer> H2_UNAVAILABLE = Set.of(90098, 90121, 90067, 90108, 90028, 90030, 90100,
			90020, 90013, 90146, 90031, 90117);

	/** SQL state classes of an outage: connection (08), resources such as disk or memory (53), operator (57). */
	private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");

	/** SQL state classes of a refused value: data exception (22), integrity constraint (23). */
	private static final Set<String> BAD_INPUT_CLASSES = Set.of("22", "23");

	private static final String UNIQUE_VIOLATION = "23505";

	static DatabaseTrouble of(Throwable failure) {
		// A connection killed under a transaction fails its rollback too ("Connection is closed", no SQL state),
		// and the rollback's failure is what reaches us: the outage is in the failure it replaced.
		if (failure instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
				&& of(rollback.getApplicationException()) == UNAVAILABLE) {
			return UNAVAILABLE;
		}
		DatabaseTrouble seen = UNKNOWN;
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			DatabaseTrouble here = classify(cause);
			if (here == UNAVAILABLE) {
				return UNAVAILABLE;
			}
			if (here != UNKNOWN && seen == UNKNOWN) {
				seen = here;
			}
		}
		return seen;
	}

	/** The root cause's message: one line for the log, where the stack trace would add nothing. */
	static String deepestMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private static DatabaseTrouble classify(Throwable cause) {
		if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
				|| cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
				|| cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLRecoverableException) {
			return UNAVAILABLE;
		}
		if (cause instanceof DuplicateKeyException) {
			return CONFLICT;
		}
		if (cause instanceof SQLException sql) {
			String state = sql.getSQLState() == null ? "" : sql.getSQLState();
			if (H2_UNAVAILABLE.contains(sql.getErrorCode()) && isH2(sql)) {
				return UNAVAILABLE;
			}
			String category = state.length() >= 2 ? state.substring(0, 2) : state;
			if (UNAVAILABLE_CLASSES.contains(category)) {
				return UNAVAILABLE;
			}
			if (UNIQUE_VIOLATION.equals(state)) {
				return CONFLICT;
			}
			if (BAD_INPUT_CLASSES.contains(category)) {
				return BAD_INPUT;
			}
		}
		return UNKNOWN;
	}

	private static boolean isH2(SQLException sql) {
		return sql.getClass().getName().startsWith("org.h2.");
	}
}
