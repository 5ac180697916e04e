package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that wait while another is written go together, each answered with its own answer; a group that fails is
 * written again one by one, unless the database is out; a write in a caller's transaction does not wait.
 */
class GroupCommitTest {

	/** Every group written, in order. */
	private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());

	/** Holds the first group's write until the test lets it go. */
	private final CountDownLatch firstHeld = new CountDownLatch(1);

	private final CountDownLatch firstEntered = new CountDownLatch(1);

	private final ExecutorService requests = Executors.newFixedThreadPool(8);

	@AfterEach
	void stop() {
		requests.shutdownNow();
	}

	@Test
	void theWritesArrivingWhileOneIsWrittenAreWrittenTogetherAndEachGetsItsOwnAnswer() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> group.stream().map(String::toUpperCase).toList()));

		List<Future<String>> next = queuedBehindTheFirst(commits, "b", "c", "d");

		assertThat(answers(next)).containsExactly("B", "C", "D");
		assertThat(groups).containsExactly(List.of("a"), List.of("b", "c", "d"));
	}

	@Test
	void aGroupHoldsAtMostItsBoundAndTheRestGoNext() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(2, held(group -> group));

		List<Future<String>> next = queuedBehindTheFirst(commits, "b", "c", "d", "e", "f");

		assertThat(answers(next)).containsExactly("b", "c", "d", "e", "f");
		assertThat(groups).containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e"), List.of("f"));
	}

	@Test
	void aGroupThatFailsIsWrittenOneByOneAndOnlyTheRefusedWriteFails() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> {
			if (group.contains("bad")) {
				throw new IllegalArgumentException("bad refused");
			}
			return group;
		}));

		List<Future<String>> next = queuedBehindTheFirst(commits, "b", "bad", "d");

		assertThat(next.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("b");
		assertThat(next.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("d");
		assertThatThrownBy(() -> next.get(1).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bad refused");
		assertThat(groups).containsExactly(List.of("a"), List.of("b", "bad", "d"), List.of("b"), List.of("bad"), List.of("d"));
	}

	/** An outage, a deadlock, a lock or statement timed out: what writing each alone would only wait for again. */
	static List<RuntimeException> failuresOfTheMoment() {
		return List.of(new CannotGetJdbcConnectionException("the database is down"),
				new DeadlockLoserDataAccessException("deadlock detected", null),
				new QueryTimeoutException("canceling statement due to lock timeout"));
	}

	@ParameterizedTest
	@MethodSource("failuresOfTheMoment")
	void aFailureOfTheMomentFailsTheGroupAsItWouldAWriteAloneWithoutWritingEachAgain(RuntimeException failure)
			throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> {
			if (!group.contains("a")) {
				throw failure;
			}
			return group;
		}));

		List<Future<String>> next = queuedBehindTheFirst(commits, "b", "c");

		for (Future<String> refused : next) {
			assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasCause(failure);
		}
		assertThat(groups).hasSize(2);
	}

	@Test
	void aWriteThatAnswersWrongAfterItsCommitIsNotWrittenAgain() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> group.subList(0, 1)));

		List<Future<String>> next = queuedBehindTheFirst(commits, "b", "c");

		for (Future<String> refused : next) {
			assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
		}
		assertThat(groups).hasSize(2);
	}

	@Test
	void anErrorWhileTheGroupIsWrittenOneByOneLeavesNoWriteWaiting() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> {
			if (group.size() > 1) {
				throw new IllegalArgumentException("one of them is refused");
			}
			if (group.contains("fatal")) {
				throw new OutOfMemoryError("while writing fatal");
			}
			return group;
		}));

		List<Future<String>> next = queuedBehindTheFirst(commits, "b", "fatal", "d");

		// Whichever of the three wrote the group has the error thrown at it; b was answered before, d never written.
		assertThat(next.get(1)).failsWithin(Duration.ofSeconds(10));
		assertThat(next.get(2)).failsWithin(Duration.ofSeconds(10));
		await().atMost(Duration.ofSeconds(10)).until(next.get(0)::isDone);
		assertThat(groups).containsExactly(List.of("a"), List.of("b", "fatal", "d"), List.of("b"), List.of("fatal"));
	}

	@Test
	void aWriteInTheCallersTransactionIsWrittenAtOnceInItWhileAGroupIsBeingWritten() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> group));
		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);

		Future<String> inTransaction = requests.submit(() -> {
			TransactionSynchronizationManager.setActualTransactionActive(true);
			try {
				return commits.write("mine");
			}
			finally {
				TransactionSynchronizationManager.setActualTransactionActive(false);
			}
		});

		assertThat(inTransaction.get(10, TimeUnit.SECONDS)).isEqualTo("mine");
		assertThat(first.isDone()).isFalse();
		firstHeld.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
		assertThat(groups).containsExactly(List.of("a"), List.of("mine"));
	}

	@Test
	void aWriteWithNoneInProgressIsWrittenAtOnceAlone() {
		GroupCommit<String, String> commits = new GroupCommit<>(200, group -> {
			groups.add(group);
			return group;
		});

		assertThat(commits.write("x")).isEqualTo("x");
		assertThat(commits.write("y")).isEqualTo("y");
		assertThat(groups).containsExactly(List.of("x"), List.of("y"));
	}

	/** {@code write}, recording each group, the first held until the test lets it go. */
	private Function<List<String>, List<String>> held(Function<List<String>, List<String>> write) {
		return group -> {
			groups.add(List.copyOf(group));
			if (groups.size() == 1) {
				firstEntered.countDown();
				try {
					firstHeld.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return write.apply(group);
		};
	}

	/**
	 * Writes "a", held in its write, then the items one after the other, each waiting behind it in that order; lets
	 * "a" go once all wait, sees it answered, and answers the items' futures.
	 */
	private List<Future<String>> queuedBehindTheFirst(GroupCommit<String, String> commits, String... items) throws Exception {
		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		List<Future<String>> next = new ArrayList<>();
		for (String item : items) {
			next.add(requests.submit(() -> commits.write(item)));
			awaitWaiting(commits, next.size());
		}
		firstHeld.countDown();
		assertThat(first).succeedsWithin(Duration.ofSeconds(10));
		return next;
	}

	private static void awaitWaiting(GroupCommit<?, ?> commits, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() >= count);
		assertThat(commits.waiting()).isEqualTo(count);
	}

	private static List<String> answers(List<Future<String>> futures) throws Exception {
		List<String> answers = new ArrayList<>();
		for (Future<String> f : futures) {
			answers.add(f.get(10, TimeUnit.SECONDS));
		}
		return answers;
	}
}
