package org.bastion.shared;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Runs an insert behind a savepoint of the current transaction. PostgreSQL aborts a whole transaction at
 * its first error, so an insert that loses a race on a unique key would leave nothing usable; behind a
 * savepoint the transaction rolls back to just before it and can still read the winner's row.
 */
public final class BehindSavepoint {

	private BehindSavepoint() {
	}

	/** @return what the insert answered, or empty when a unique key was already taken */
	public static <T> Optional<T> insertUnlessTaken(Supplier<T> insert) {
		TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
		Object beforeInsert = transaction.createSavepoint();
		try {
			T inserted = insert.get();
			transaction.releaseSavepoint(beforeInsert);
			return Optional.of(inserted);
		}
		catch (DuplicateKeyException taken) {
			transaction.rollbackToSavepoint(beforeInsert);
			return Optional.empty();
		}
	}
}
