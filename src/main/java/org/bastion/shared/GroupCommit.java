package org.bastion.shared;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that many requests make one at a time (a vehicle at the roadside, from every checkpoint at once), stored
 * together: while one group is being written, the writes that arrive wait, and the first of them to wake writes
 * them all with one call of {@code write}, in one transaction of its own, so that a busy hour costs a transaction per
 * group instead of one per request. Nothing waits on a timer: a write that finds none in progress is written at
 * once, alone. Each caller is answered only when its own write is committed, or refused.
 * <p>
 * A group that fails for what one write holds (a value or a key the database refused) is written again one by one,
 * so that the write fails its own request only; a failure of the moment (an outage, a deadlock, a timeout) fails
 * the group at once, as it would fail a write alone, without every other request waiting for it once more per
 * write. A write inside a caller's own transaction is written at once, in it, since it must commit or roll back
 * with it.
 *
 * @param <T> what a request has to write
 * @param <R> what its write answers (a row as stored, say)
 */
public final class GroupCommit<T, R> {

	/** A request's write, waiting to be written and then answered. */
	private static final class Waiting<T, R> {

		final T write;

		boolean done;

		R answer;

		RuntimeException refused;

		Waiting(T write) {
			this.write = write;
		}

		R answer() {
			if (refused != null) {
				throw refused;
			}
			return answer;
		}
	}

	private final int most;

	private final Function<List<T>, List<R>> write;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition written = lock.newCondition();

	private List<Waiting<T, R>> waiting = new ArrayList<>();

	private boolean writing;

	/**
	 * @param most the most writes of one group (a batch statement's bound)
	 * @param write writes a group in one transaction of its own, answering each write, in order. It runs on the
	 *     thread of whichever request writes the group, so it takes all it needs from the writes (who made each,
	 *     when), nothing from the thread (its signed-in user, its clock)
	 */
	public GroupCommit(int most, Function<List<T>, List<R>> write) {
		if (most < 1) {
			throw new IllegalArgumentException("A group holds at least one write");
		}
		this.most = most;
		this.write = write;
	}

	/** Writes {@code item} with those that wait with it, and answers it once that group is committed. */
	public R write(T item) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return write.apply(List.of(item)).getFirst();
		}
		Waiting<T, R> mine = new Waiting<>(item);
		lock.lock();
		try {
			waiting.add(mine);
			while (!mine.done) {
				if (writing) {
					written.awaitUninterruptibly();
					continue;
				}
				List<Waiting<T, R>> group = next();
				if (group.isEmpty()) {
					throw new IllegalStateException("A write is neither answered nor waiting");
				}
				writing = true;
				lock.unlock();
				try {
					writeAll(group);
				}
				finally {
					lock.lock();
					writing = false;
					written.signalAll();
				}
			}
		}
		finally {
			lock.unlock();
		}
		return mine.answer();
	}

	/** How many writes wait for the one being written to end: a look at how busy the writes are. */
	public int waiting() {
		lock.lock();
		try {
			return waiting.size();
		}
		finally {
			lock.unlock();
		}
	}

	/** The writes waiting longest, as many as a group holds; the others wait for the next. */
	private List<Waiting<T, R>> next() {
		if (waiting.size() <= most) {
			List<Waiting<T, R>> group = waiting;
			waiting = new ArrayList<>();
			return group;
		}
		List<Waiting<T, R>> group = new ArrayList<>(waiting.subList(0, most));
		waiting = new ArrayList<>(waiting.subList(most, waiting.size()));
		return group;
	}

	/** Writes the group and answers every write of it, whatever happens (none may be left waiting). */
	private void writeAll(List<Waiting<T, R>> group) {
		Error fatal = null;
		try {
			List<R> answers;
			try {
				answers = write.apply(group.stream().map(w -> w.write).toList());
			}
			catch (RuntimeException failed) {
				if (group.size() == 1 || !forOneWrite(failed)) {
					group.forEach(w -> refuse(w, failed));
				}
				else {
					eachAlone(group);
				}
				return;
			}
			// Committed: a wrong count of answers is a fault of the write, never a reason to write the group again.
			answer(group, answers);
		}
		catch (Error thrown) {
			fatal = thrown;
			throw thrown;
		}
		finally {
			RuntimeException unanswered = new IllegalStateException("A group of writes ended without answering this one",
					fatal);
			group.stream().filter(w -> !w.done).forEach(w -> refuse(w, unanswered));
		}
	}

	private void eachAlone(List<Waiting<T, R>> group) {
		RuntimeException failedAll = null;
		for (Waiting<T, R> w : group) {
			if (failedAll != null) {
				refuse(w, failedAll);
				continue;
			}
			try {
				answer(List.of(w), write.apply(List.of(w.write)));
			}
			catch (RuntimeException failed) {
				refuse(w, failed);
				failedAll = forOneWrite(failed) ? null : failed;
			}
		}
	}

	private void answer(List<Waiting<T, R>> group, List<R> answers) {
		if (answers.size() != group.size()) {
			throw new IllegalStateException(group.size() + " writes answered with " + answers.size() + " answers");
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).answer = answers.get(i);
			group.get(i).done = true;
		}
	}

	private static <T, R> void refuse(Waiting<T, R> w, RuntimeException failure) {
		w.refused = failure;
		w.done = true;
	}

	/**
	 * Whether a group's failure may be one write's doing (a value or a key the database refused, a rule of ours), so
	 * that writing each alone fails that one only. A failure of the moment is not: the database out, a deadlock, a
	 * lock or a statement that timed out would only be waited for once more per write, every other request waiting
	 * behind; the group fails as a single write would, for its callers to send again.
	 */
	static boolean forOneWrite(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return false;
			}
		}
		return true;
	}
}
