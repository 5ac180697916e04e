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
import org.springframework.dao.DeadlockLoserDataAccessException;
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

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		List<Future<String>> next = List.of(submit(commits, "b"), submit(commits, "c"), submit(commits, "d"));
		awaitWaiting(commits, 3);
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A");
		assertThat(answers(next)).containsExactly("B", "C", "D");
		assertThat(groups).hasSize(2);
		assertThat(groups.get(0)).containsExactly("a");
		assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c", "d");
	}

	@Test
	void aGroupHoldsAtMostItsBoundAndTheRestGoNext() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(2, held(group -> group));

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		List<Future<String>> next = new ArrayList<>();
		for (String item : List.of("b", "c", "d", "e", "f")) {
			next.add(submit(commits, item));
			awaitWaiting(commits, next.size());
		}
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
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

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		Future<String> b = submit(commits, "b");
		awaitWaiting(commits, 1);
		Future<String> bad = submit(commits, "bad");
		awaitWaiting(commits, 2);
		Future<String> d = submit(commits, "d");
		awaitWaiting(commits, 3);
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
		assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("b");
		assertThat(d.get(10, TimeUnit.SECONDS)).isEqualTo("d");
		assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bad refused");
		assertThat(groups).containsExactly(List.of("a"), List.of("b", "bad", "d"), List.of("b"), List.of("bad"), List.of("d"));
	}

	@Test
	void anOutageFailsTheWholeGroupAtOnceWithoutTryingEachWriteAgain() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> {
			if (!group.contains("a")) {
				throw new CannotGetJdbcConnectionException("the database is down");
			}
			return group;
		}));

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		List<Future<String>> next = List.of(submit(commits, "b"), submit(commits, "c"));
		awaitWaiting(commits, 2);
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
		for (Future<String> refused : next) {
			assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
				.hasCauseInstanceOf(CannotGetJdbcConnectionException.class);
		}
		assertThat(groups).hasSize(2);
	}

	@Test
	void aDeadlockFailsTheGroupAsItWouldFailAWriteAloneWithoutWritingEachAgain() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> {
			if (!group.contains("a")) {
				throw new DeadlockLoserDataAccessException("deadlock detected", null);
			}
			return group;
		}));

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		List<Future<String>> next = List.of(submit(commits, "b"), submit(commits, "c"));
		awaitWaiting(commits, 2);
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
		for (Future<String> refused : next) {
			assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
				.hasCauseInstanceOf(DeadlockLoserDataAccessException.class);
		}
		assertThat(groups).hasSize(2);
	}

	@Test
	void aWriteThatAnswersWrongAfterItsCommitIsNotWrittenAgain() throws Exception {
		GroupCommit<String, String> commits = new GroupCommit<>(200, held(group -> group.subList(0, 1)));

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		List<Future<String>> next = List.of(submit(commits, "b"), submit(commits, "c"));
		awaitWaiting(commits, 2);
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
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

		Future<String> first = requests.submit(() -> commits.write("a"));
		firstEntered.await(10, TimeUnit.SECONDS);
		Future<String> b = submit(commits, "b");
		awaitWaiting(commits, 1);
		Future<String> fatal = submit(commits, "fatal");
		awaitWaiting(commits, 2);
		Future<String> d = submit(commits, "d");
		awaitWaiting(commits, 3);
		firstHeld.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
		// Whichever of the three wrote the group has the error thrown at it; b was answered before, d never written.
		assertThat(fatal).failsWithin(Duration.ofSeconds(10));
		assertThat(d).failsWithin(Duration.ofSeconds(10));
		await().atMost(Duration.ofSeconds(10)).until(b::isDone);
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

	private Future<String> submit(GroupCommit<String, String> commits, String item) {
		return requests.submit(() -> commits.write(item));
	}

	private static void awaitWaiting(GroupCommit<?, ?> commits, int count) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (commits.waiting() < count && System.nanoTime() < until) {
			Thread.sleep(1);
		}
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
