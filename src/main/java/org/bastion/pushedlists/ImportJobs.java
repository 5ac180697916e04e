package org.bastion.pushedlists;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.PersonMatching;
import org.bastion.security.SystemTask;
import org.bastion.shared.BastionException;
import org.bastion.shared.FieldClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs list imports in the background, one or two at a time whatever the number of uploads, so that a
 * county's uploads cannot starve the pages of the database. A list a stopped process left queued or
 * half-read is marked failed at the next start, with its entries removed.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	static final String INTERRUPTED = "pushedList.failure.interrupted";

	static final String ALL_ROWS_BAD = "pushedList.failure.allRowsBad";

	static final String ROWS_REFUSED = "pushedList.failure.rowsRefused";

	static final String UNEXPECTED = "pushedList.failure.unexpected";

	static final String TOO_MANY_ROWS = "pushedList.failure.tooManyRows";

	static final String TOO_MANY_REJECTED = "pushedList.failure.tooManyRejected";

	private final PushedListDatabase lists;

	private final ListEntryDatabase entries;

	private final ListTallyDatabase tallies;

	private final ListImportFiles files;

	private final PersonMatching matching;

	private final Jurisdictions jurisdictions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final FieldClock clock;

	private final ExecutorService executor;

	private final ListImportLimits limits;

	ImportJobs(PushedListDatabase lists, ListEntryDatabase entries, ListTallyDatabase tallies, ListImportFiles files,
			PersonMatching matching, Jurisdictions jurisdictions, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, ListImportLimits limits,
			FieldClock clock,
			@Value("${bastion.pushed-lists.concurrent-imports:1}") int concurrent) {
		this.lists = lists;
		this.entries = entries;
		this.tallies = tallies;
		this.files = files;
		this.matching = matching;
		this.jurisdictions = jurisdictions;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.limits = limits;
		AtomicInteger number = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(Math.clamp(concurrent, 1, 2),
				work -> new Thread(work, "list-import-" + number.incrementAndGet()));
	}

	/** Queues a list whose row is committed as QUEUED; the job starts once the request's transaction commits. */
	void submit(long listId, boolean keepGoodRows) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.submit(() -> run(listId, keepGoodRows));
				}
			});
		}
		else {
			executor.submit(() -> run(listId, keepGoodRows));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		for (PushedListDatabase.ListRow list : lists.unfinished()) {
			log.warn("Pushed list {} was left {} by a stopped process; marking it failed", list.id(), list.status());
			fail(list, INTERRUPTED, null, new PushedListDatabase.Counts(0, 0, 0, 0, 0, 0), true);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	void run(long listId, boolean keepGoodRows) {
		if (!lists.claim(listId)) {
			return;
		}
		PushedListDatabase.ListRow list = lists.find(listId).orElseThrow();
		long started = System.nanoTime();
		ImportJob job = null;
		try (InputStream in = files.open(list.storedFile())) {
			job = new ImportJob(list, clock.today(), dispatchRule(list), matching, lists, entries, transaction,
					files.size(list.storedFile()), limits);
			job.run(in);
			PushedListDatabase.Counts counts = job.counts(100);
			if (counts.accepted() == 0) {
				fail(list, ALL_ROWS_BAD, null, counts, false);
			}
			else if (!keepGoodRows && counts.rejected() > 0) {
				fail(list, ROWS_REFUSED, null, counts, false);
			}
			else {
				Map<String, Integer> byPath = job.entriesByPath();
				transaction.executeWithoutResult(status -> {
					tallies.insertOpen(listId, byPath);
					lists.finish(listId, PushedListStatus.DONE, null, null, counts);
					events.publishEvent(new PushedListImported(listId, list.name(), list.jurisdictionCode(),
							list.deadline(), counts.rows(), counts.accepted(), counts.rejected(), counts.matched()));
				});
				log.info("Pushed list {}: {} rows, {} accepted, {} matched in {} ms ({})", listId, counts.rows(),
						counts.accepted(), counts.matched(), (System.nanoTime() - started) / 1_000_000, job.steps());
			}
		}
		catch (ImportStopped stopped) {
			log.info("Pushed list {} stopped: {} {}", listId, stopped.messageKey(), stopped.argument());
			fail(list, stopped.messageKey(), stopped.argument(), job.counts(100), false);
		}
		catch (BastionException unreadable) {
			fail(list, unreadable.messageKey(), argument(unreadable), job == null ? zero() : job.counts(0), true);
		}
		catch (Exception | LinkageError unexpected) {
			// A linkage error (a class gone from a redeployed jar) must not leave the list RUNNING forever.
			log.error("Pushed list {} failed", listId, unexpected);
			fail(list, UNEXPECTED, null, job == null ? zero() : job.counts(0), true);
		}
		finally {
			files.delete(list.storedFile());
		}
	}

	/**
	 * Marks a list failed and removes its entries: nothing half-imported reaches the grids. The refused
	 * rows stay for the error file unless the file itself could not be read to the end.
	 */
	private void fail(PushedListDatabase.ListRow list, String reason, String argument, PushedListDatabase.Counts counts,
			boolean dropRejected) {
		transaction.executeWithoutResult(status -> {
			entries.deleteOf(list.id());
			if (dropRejected) {
				lists.deleteRejected(list.id());
			}
			PushedListDatabase.Counts kept = dropRejected ? zero() : new PushedListDatabase.Counts(counts.rows(), 0,
					counts.rejected(), 0, 0, 100);
			lists.finish(list.id(), PushedListStatus.FAILED, reason, argument, kept);
		});
		files.delete(list.storedFile());
	}

	/** The one argument of an unreadable file's message (the limit it passed), or null. */
	private static String argument(BastionException refused) {
		Object[] arguments = refused.arguments();
		return arguments.length == 1 && arguments[0] != null ? String.valueOf(arguments[0]) : null;
	}

	private static PushedListDatabase.Counts zero() {
		return new PushedListDatabase.Counts(0, 0, 0, 0, 0, 0);
	}

	/** The list's area and its children, read as the system: the job has no signed-in user. */
	private ListEntryDispatch.Rule dispatchRule(PushedListDatabase.ListRow list) {
		return SystemTask.call(() -> {
			Jurisdiction area = jurisdictions.find(list.jurisdictionCode()).orElseThrow();
			List<ListEntryDispatch.Place> children = jurisdictions.children(area.code())
				.stream()
				.map(ImportJobs::place)
				.toList();
			return new ListEntryDispatch.Rule(place(area), children);
		});
	}

	private static ListEntryDispatch.Place place(Jurisdiction node) {
		return new ListEntryDispatch.Place(node.code(), node.name(), node.path());
	}
}
