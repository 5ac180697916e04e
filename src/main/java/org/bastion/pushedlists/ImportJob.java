package org.bastion.pushedlists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bastion.people.PersonMatching;
import org.bastion.shared.TabularFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a list's import: streams the stored file row by row, checks each row, and every
 * {@link #SLICE} rows matches the good ones to persons, dispatches them and writes them, in one
 * transaction per slice, so memory stays flat at a million rows and the page sees progress.
 *
 * <p>The three steps overlap, slice after slice, in file order: while one slice is read and checked
 * (this thread's CPU), the one before it is matched (reads of the people module) and the one before that
 * is written (inserts), each on a database connection of its own. At a million rows reading waited for
 * the database most of the time; of the database's work, writing is about half and matching a third.
 */
final class ImportJob {

	/** Rows per transaction and per progress update. */
	static final int SLICE = 10_000;

	private final PushedListDatabase.ListRow list;

	private final ListImportPolicy rules;

	private final ListEntryCells cells;

	private final ListEntryDispatch.Rule dispatch;

	private final PersonMatching matching;

	private final PushedListDatabase lists;

	private final ListEntryDatabase entries;

	private final TransactionTemplate transaction;

	private final long fileSize;

	private final ListImportLimits limits;

	/** Data rows read and refused so far, counted as they are read: the limits stop the reading. */
	private int rowsRead;

	private int rejectedRead;

	private final List<ListImportRow> slice = new ArrayList<>(SLICE);

	private int rows;

	private int accepted;

	private int rejected;

	private int matched;

	private int dispatched;

	/** Entries written per place they were dispatched to, for the list's tallies. */
	private final Map<String, Integer> entriesByPath = new HashMap<>();

	private volatile long bytesRead;

	/** The matching and the writing of slices; one thread for each is all the ordering below allows. */
	private final ExecutorService stages;

	/** The last slice handed over, while it is being matched. */
	private CompletableFuture<Matching> beingMatched;

	/** Writes handed over and not yet awaited, oldest first; each starts once the one before it is done. */
	private final Deque<CompletableFuture<Void>> writes = new ArrayDeque<>();

	/** Time spent in each step, summed over the slices: which one the others wait for. */
	private final AtomicLong matchingNanos = new AtomicLong();

	private final AtomicLong writingNanos = new AtomicLong();

	private long readerWaitingNanos;

	/** A slice matched and dispatched, ready to be written. */
	private record Matching(int rows, List<ListEntryDatabase.NewEntry> entries, List<ListImportRow.Invalid> rejected,
			int matched, int dispatched) {
	}

	ImportJob(PushedListDatabase.ListRow list, LocalDate today, ListEntryDispatch.Rule dispatch,
			PersonMatching matching, PushedListDatabase lists, ListEntryDatabase entries, TransactionTemplate transaction,
			long fileSize, ListImportLimits limits) {
		this.list = list;
		ListColumns columns = ListColumns.parse(list.columnMap());
		this.rules = new ListImportPolicy(columns, today, limits.reading().maxCellLength());
		this.limits = limits;
		this.cells = new ListEntryCells(columns);
		this.dispatch = dispatch;
		this.matching = matching;
		this.lists = lists;
		this.entries = entries;
		this.transaction = transaction;
		this.fileSize = Math.max(1, fileSize);
		AtomicInteger number = new AtomicInteger();
		this.stages = Executors.newFixedThreadPool(2,
				work -> new Thread(work, "list-import-" + list.id() + "-stage-" + number.incrementAndGet()));
	}

	/**
	 * Reads the whole file; what is written stays written, the caller cleans up a failure. Returns, or
	 * throws, only once no slice is being written any more, so the clean-up cannot race a write.
	 *
	 * @throws ImportStopped past the rows of a file or the refused rows kept, once the refused rows read
	 * up to the limit are written
	 */
	void run(InputStream file) {
		try {
			TabularFile.read(new Counting(file), limits.reading(), line -> {
				if (line.number() <= list.headerLine() || line.blank()) {
					return;
				}
				if (++rowsRead > limits.maxRows()) {
					stop(ImportJobs.TOO_MANY_ROWS, limits.maxRows());
				}
				ListImportRow row = rules.check(line);
				if (row instanceof ListImportRow.Invalid && ++rejectedRead > limits.maxRejected()) {
					stop(ImportJobs.TOO_MANY_REJECTED, limits.maxRejected());
				}
				slice.add(row);
				if (slice.size() == SLICE) {
					flush();
				}
			});
			flush();
			while (!writes.isEmpty()) {
				await(writes.removeFirst());
			}
		}
		finally {
			settle();
			stages.shutdown();
		}
	}

	/** Writes what was read before the limit, so that the error file has the rows refused up to it. */
	private void stop(String reason, int limit) {
		flush();
		while (!writes.isEmpty()) {
			await(writes.removeFirst());
		}
		throw new ImportStopped(reason, limit);
	}

	PushedListDatabase.Counts counts(int progress) {
		return new PushedListDatabase.Counts(rows, accepted, rejected, matched, dispatched, progress);
	}

	/** Where the time went, for the job's log line; read once {@link #run} returned. */
	String steps() {
		return "matching %d ms, writing %d ms, reading waited %d ms".formatted(matchingNanos.get() / 1_000_000,
				writingNanos.get() / 1_000_000, readerWaitingNanos / 1_000_000);
	}

	/** The entries written, per place; read once {@link #run} returned. */
	Map<String, Integer> entriesByPath() {
		return Map.copyOf(entriesByPath);
	}

	/**
	 * Hands the slice read over to be matched, then written after the slice before it. Waits first for
	 * the previous slice's matching and for all but the last write, so that no more than three slices
	 * are held at once.
	 */
	private void flush() {
		if (slice.isEmpty()) {
			return;
		}
		List<ListImportRow> rows = List.copyOf(slice);
		slice.clear();
		long waiting = System.nanoTime();
		if (beingMatched != null) {
			await(beingMatched);
		}
		while (writes.size() > 1) {
			await(writes.removeFirst());
		}
		readerWaitingNanos += System.nanoTime() - waiting;
		CompletableFuture<Matching> matched = CompletableFuture.supplyAsync(() -> match(rows), stages);
		CompletableFuture<Void> previous = writes.isEmpty() ? CompletableFuture.completedFuture(null) : writes.getLast();
		// A failed write fails every write after it without running it: nothing is written past a failure.
		writes.addLast(matched.thenCombineAsync(previous, (ready, done) -> {
			write(ready);
			return null;
		}, stages));
		beingMatched = matched;
	}

	/** Waits for a step; its failure becomes this thread's. */
	private static <T> T await(CompletableFuture<T> step) {
		try {
			return step.join();
		}
		catch (CompletionException | CancellationException failed) {
			Throwable cause = failed.getCause() == null ? failed : failed.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/** After a failure: lets the slices still being matched or written finish, whatever their outcome. */
	private void settle() {
		List<CompletableFuture<?>> pending = new ArrayList<>(writes);
		if (beingMatched != null) {
			pending.add(beingMatched);
		}
		for (CompletableFuture<?> step : pending) {
			try {
				step.join();
			}
			catch (CompletionException | CancellationException alreadyFailing) {
				// The failure that brought us here is the one to report.
			}
		}
		writes.clear();
	}

	/** Matches a slice's good rows to persons and decides where each goes; reads only. */
	private Matching match(List<ListImportRow> rows) {
		long started = System.nanoTime();
		try {
			return matchAndDispatch(rows);
		}
		finally {
			matchingNanos.addAndGet(System.nanoTime() - started);
		}
	}

	private Matching matchAndDispatch(List<ListImportRow> rows) {
		List<ListImportRow.Valid> good = new ArrayList<>(rows.size());
		List<ListImportRow.Invalid> bad = new ArrayList<>();
		for (ListImportRow row : rows) {
			switch (row) {
				case ListImportRow.Valid a -> good.add(a);
				case ListImportRow.Invalid r -> bad.add(r);
			}
		}
		List<PersonMatching.Candidate> candidates = new ArrayList<>(good.size());
		for (ListImportRow.Valid a : good) {
			candidates.add(new PersonMatching.Candidate(a.idNumber(), a.name(), a.phone()));
		}
		List<PersonMatching.Match> matches = matching.match(candidates, list.jurisdictionPath());
		List<ListEntryDatabase.NewEntry> newEntries = new ArrayList<>(good.size());
		int found = 0;
		int sent = 0;
		for (int i = 0; i < good.size(); i++) {
			PersonMatching.Match match = matches.get(i);
			ListEntryDispatch to = dispatch.decide(match, good.get(i).township());
			if (match != null) {
				found++;
			}
			if (!(to instanceof ListEntryDispatch.ToListArea)) {
				sent++;
			}
			newEntries.add(new ListEntryDatabase.NewEntry(good.get(i), cells.pack(good.get(i)),
					match == null ? null : match.personId(), to));
		}
		return new Matching(rows.size(), newEntries, bad, found, sent);
	}

	private void write(Matching slice) {
		long started = System.nanoTime();
		try {
			writeInOneTransaction(slice);
		}
		finally {
			writingNanos.addAndGet(System.nanoTime() - started);
		}
	}

	/** Writes a matched slice and the list's counts in one transaction; the counts move only if it commits. */
	private void writeInOneTransaction(Matching slice) {
		transaction.executeWithoutResult(status -> {
			entries.insertAll(list.id(), list.deadline(), slice.entries());
			lists.insertRejected(list.id(), slice.rejected());
			PushedListDatabase.Counts after = new PushedListDatabase.Counts(rows + slice.rows(),
					accepted + slice.entries().size(), rejected + slice.rejected().size(), matched + slice.matched(),
					dispatched + slice.dispatched(), runningProgress());
			lists.progress(list.id(), after);
		});
		rows += slice.rows();
		accepted += slice.entries().size();
		rejected += slice.rejected().size();
		matched += slice.matched();
		dispatched += slice.dispatched();
		for (ListEntryDatabase.NewEntry entry : slice.entries()) {
			entriesByPath.merge(entry.dispatch().path().value(), 1, Integer::sum);
		}
	}

	/** By bytes read, the one measure known before the last row; 100 is kept for the finished list. */
	private int runningProgress() {
		return (int) Math.min(99, bytesRead * 100 / fileSize);
	}

	private final class Counting extends FilterInputStream {

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				bytesRead++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				bytesRead += n;
			}
			return n;
		}
	}
}
