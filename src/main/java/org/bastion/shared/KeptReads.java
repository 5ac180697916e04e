package org.bastion.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read that every passing trip repeats answered (the day's risk designations, a checkpoint's row), kept
 * in memory by key so that a roadside registration does not read it again. A kept answer is dropped the moment
 * this process changes what it was read from (committed or not, and again when that change's transaction ends,
 * so that nothing read between the write and its commit is kept), and after {@link #KEPT_NANOS} at the latest:
 * a change saved on another node, or in SQL, tells this one nothing.
 *
 * @param <K> what the read is asked by
 * @param <V> what it answers
 */
public final class KeptReads<K, V> {

	/** How long a kept answer is trusted without a change seen by this process. */
	public static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(5);

	/** Beyond this many keys everything kept is dropped: the reads kept are of a few hot rows, not a table. */
	private static final int MOST_KEPT = 10_000;

	private record Kept<V>(long generation, long readAt, V value) {
	}

	/** Moves on at every change, when it is written and again when its transaction ends. */
	private final AtomicLong generation = new AtomicLong();

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	/**
	 * The answer kept for {@code key}, or {@code read}'s, kept when no change came between. Inside a transaction
	 * that changed the source it always reads: what it sees is not yet everybody's to keep.
	 */
	public V get(K key, Function<K, V> read) {
		if (TransactionSynchronizationManager.hasResource(generation)) {
			return read.apply(key);
		}
		long now = System.nanoTime();
		long seen = generation.get();
		Kept<V> last = kept.get(key);
		if (last != null && last.generation() == seen && now - last.readAt() < KEPT_NANOS) {
			return last.value();
		}
		V value = read.apply(key);
		if (kept.size() >= MOST_KEPT) {
			kept.clear();
		}
		if (generation.get() == seen) {
			kept.put(key, new Kept<>(seen, now, value));
		}
		return value;
	}

	/** Call before writing what the reads come from: forgets them now and again once the writing transaction has ended. */
	public void changed() {
		generation.incrementAndGet();
		kept.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(generation)) {
			TransactionSynchronizationManager.bindResource(generation, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(generation);
					generation.incrementAndGet();
					kept.clear();
				}
			});
		}
	}
}
