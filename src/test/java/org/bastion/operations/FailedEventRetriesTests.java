package org.bastion.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A listener that failed on an event is run again by the retries and its publication completes. */
@SpringBootTest
@Import(FailedEventRetriesTests.FailingOnce.class)
class FailedEventRetriesTests {

	/** An event of this test only. */
	record Poked(String id) {
	}

	/**
	 * Fails on each event the first time it meets it, as a listener whose rows another one held. Read through its
	 * methods: the bean is a proxy (asynchronous, transactional).
	 */
	static class FailingOnce {

		private final Set<String> tried = ConcurrentHashMap.newKeySet();

		private final Set<String> done = ConcurrentHashMap.newKeySet();

		public boolean tried(String id) {
			return tried.contains(id);
		}

		public boolean done(String id) {
			return done.contains(id);
		}

		@ApplicationModuleListener
		void on(Poked poked) {
			if (tried.add(poked.id())) {
				throw new IllegalStateException("Refused the first time, as a lock held elsewhere would");
			}
			done.add(poked.id());
		}
	}

	@Autowired
	FailingOnce listener;

	@Autowired
	FailedEventRetries retries;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aListenerThatFailedIsRunAgainAndItsPublicationCompletes() {
		String id = UUID.randomUUID().toString();
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new Poked(id)));
		await().atMost(Duration.ofSeconds(30)).until(() -> listener.tried(id) && failed(id) == 1);

		retries.retry();

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.done(id));
		await().atMost(Duration.ofSeconds(30)).until(() -> completed(id) == 1);
	}

	private long failed(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND status = 'FAILED'")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	private long completed(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}
}
