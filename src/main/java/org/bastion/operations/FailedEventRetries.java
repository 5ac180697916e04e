package org.bastion.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the work a module's listener failed to do for an event: two tree moves whose listeners met on the same
 * kept counts at once (one of them refused by the database's lock, or chosen as a deadlock's victim), a database
 * away for a moment. Each listener's transaction was rolled back whole, so running it again does the work once;
 * without this, the event would wait for the next restart while the moved places' records stayed where they were.
 * Every minute by default ({@code bastion.events.retry-every}), on one node at a time ({@code shedlock}), a
 * publication at most {@link #MOST_ATTEMPTS} times: one that keeps failing is left for the log and a restart.
 */
@Component
class FailedEventRetries {

	/** Tries of one publication, the first included, after which it is left failed. */
	static final int MOST_ATTEMPTS = 10;

	private final FailedEventPublications failed;

	FailedEventRetries(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${bastion.events.retry-every:PT1M}", initialDelayString = "${bastion.events.retry-every:PT1M}")
	@SchedulerLock(name = "operations-failed-event-retries", lockAtMostFor = "PT10M")
	public void retry() {
		failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> publication.getCompletionAttempts() < MOST_ATTEMPTS));
	}
}
