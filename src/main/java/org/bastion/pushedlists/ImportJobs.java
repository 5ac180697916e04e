package org.bastion.pushedlists;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * county's uploads cannot starve the pages of the database. Each process holds a lease on the lists it
 * runs and renews it while it lives; a list whose process stopped renewing (killed, crashed) is marked
 * failed, with its entries removed, by whichever process looks next. Another process starting is no sign
 * that a list was interrupted: several share the database.
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

	/** This process, as the lease of its lists names it. */
	private final String worker = UUID.randomUUID().toString();

	private final int leaseSeconds;

	private final ScheduledExecutorService lease;

	ImportJobs(PushedListDatabase lists, ListEntryDatabase entries, ListTallyDatabase tallies, ListImportFiles files,
			PersonMatching matching, Jurisdictions jurisdictions, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, ListImportLimits limits,
			FieldClock clock,
			@Value("${bastion.pushed-lists.concurrent-imports:1}") int concurrent,
			@Value("${bastion.pushed-lists.import-lease-seconds:120}") int leaseSeconds) {
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
		this.leaseSeconds = Math.max(leaseSeconds, 10);
		this.lease = Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, "list-import-lease");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Queues a list whose row is committed as QUEUED; the job starts once the request's transaction commits. */
	void submit(long listId, boolean keepGoodRows) {
		lists.assign(listId, worker);
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

	/** Renews this process's lease a few times within its length, and looks for abandoned lists as often. */
	@EventListener(ApplicationReadyEvent.class)
	void keepLease() {
		long every = Math.max(leaseSeconds / 4, 1);
		lease.scheduleWithFixedDelay(this::renewAndSweep, 0, every, TimeUnit.SECONDS);
	}

	private void renewAndSweep() {
		try {
			lists.renew(worker);
			failAbandoned();
		}
		catch (RuntimeException outage) {
			// A database outage must not end the schedule: the next beat tries again.
			log.warn("Could not renew the pushed lists' import lease: {}", outage.getMessage());
		}
	}

	/** Marks failed the lists whose process stopped renewing their lease. */
	void failAbandoned() {
		for (PushedListDatabase.ListRow list : lists.abandoned(leaseSeconds)) {
			log.warn("Pushed list {} was left {} by a stopped process; marking it failed", list.id(), list.status());
			fail(list, INTERRUPTED, null, new PushedListDatabase.Counts(0, 0, 0, 0, 0, 0), true);
		}
	}

	@PreDestroy
	void stop() {
		lease.shutdownNow();
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
