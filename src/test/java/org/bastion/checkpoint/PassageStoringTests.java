package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.security.SystemTask;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.DatabaseProduct;
import org.bastion.shared.FieldClock;
import org.bastion.shared.WindowBuckets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How passages are stored. A client id is stored once across every month's passages: the batched insert that loses
 * a race for one (its look-up saw nothing, another request stored it first) takes its passage out again and answers
 * it for replay. Each passage stored has its one audit line. Passages registered one by one while another is being
 * stored wait and are stored together, each exactly as alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassageStoringTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Passages passages;

	@Autowired
	PassageDatabase database;

	@Autowired
	FieldClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail audit;

	@Autowired
	DatabaseProduct product;

	private final ExecutorService phones = Executors.newFixedThreadPool(6);

	@AfterEach
	void stop() {
		phones.shutdownNow();
	}

	@Test
	void anInsertThatLosesTheRaceForAClientIdStoresNothingOfItsPassageAndKeepsTheOthers() {
		CheckpointView checkpoint = checkpoint("重号卡点");
		String taken = UUID.randomUUID().toString();
		String fresh = UUID.randomUUID().toString();
		long first = SystemTask.call(() -> passages.register(checkpoint.id(), passage(taken, "36.5"))).id();

		List<PassageDatabase.Row> rows = new TransactionTemplate(transactions).execute(status -> database.insertAll(List.of(
				draft(checkpoint.id(), taken, "36.6"), draft(checkpoint.id(), fresh, "36.55")), lines(checkpoint, 2)));

		assertThat(rows.get(0)).isNull();
		assertThat(rows.get(1).occupants().getFirst().temperature()).isEqualByComparingTo("36.6");
		assertThat(database.findByClientId(taken).orElseThrow().id()).isEqualTo(first);
		assertThat(database.findByClientId(fresh).orElseThrow().id()).isEqualTo(rows.get(1).id());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage WHERE client_id = ?").param(taken).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT temperature FROM checkpoint_passage_occupant WHERE passage_id = ?").param(rows.get(1).id())
			.query(BigDecimal.class).single()).isEqualByComparingTo("36.6");
	}

	/** A single passage takes another path on PostgreSQL (one statement for the three tables): it must lose the same way. */
	@Test
	void aSinglePassageThatLosesTheRaceForAClientIdLeavesNothingBehind() {
		CheckpointView checkpoint = checkpoint("单重卡点");
		String taken = UUID.randomUUID().toString();
		long first = SystemTask.call(() -> passages.register(checkpoint.id(), passage(taken, "36.5"))).id();
		long before = jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage_occupant").query(Long.class).single();

		List<PassageDatabase.Row> rows = new TransactionTemplate(transactions)
			.execute(status -> database.insertAll(List.of(draft(checkpoint.id(), taken, "37.1")), lines(checkpoint, 1)));

		assertThat(rows).hasSize(1).containsOnlyNulls();
		assertThat(database.findByClientId(taken).orElseThrow().id()).isEqualTo(first);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage WHERE checkpoint_id = ?").param(checkpoint.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage_occupant").query(Long.class).single()).isEqualTo(before);

		String fresh = UUID.randomUUID().toString();
		PassageDatabase.Row stored = new TransactionTemplate(transactions)
			.execute(status -> database.insertAll(List.of(draft(checkpoint.id(), fresh, "37.04")), lines(checkpoint, 1))).getFirst();
		PassageDatabase.Row read = database.findByClientId(fresh).orElseThrow();
		assertThat(read.id()).isEqualTo(stored.id());
		assertThat(read.occupants()).isEqualTo(stored.occupants());
		assertThat(stored.occupants().getFirst().temperature()).isEqualByComparingTo("37.0");
	}

	/**
	 * Each passage stored leaves one audit line naming it and its checkpoint, written by its own statement on
	 * PostgreSQL: one by one, with and without a client id, in a batch; a retry answered with the first and a
	 * single insert that lost its client id to another request leave none.
	 */
	@Test
	void everyPassageStoredHasOneAuditLineAndARetryOrALostRaceNone() {
		CheckpointView checkpoint = checkpoint("审计卡点");
		String clientId = UUID.randomUUID().toString();
		long first = SystemTask.call(() -> passages.register(checkpoint.id(), passage(clientId, "36.5"))).id();
		PassageView retry = SystemTask.call(() -> passages.register(checkpoint.id(), passage(clientId, "36.5")));
		long anonymous = SystemTask.call(() -> passages.register(checkpoint.id(), passage(null, "36.7"))).id();
		List<Long> batch = SystemTask.call(() -> passages.registerAll(checkpoint.id(),
				List.of(passage(UUID.randomUUID().toString(), "36.8"), passage(null, "36.9"))))
			.stream()
			.map(registered -> registered.passage().id())
			.toList();
		PassageDatabase.Row lost = new TransactionTemplate(transactions).execute(status -> database
			.insertAll(List.of(draft(checkpoint.id(), clientId, "37.2")), lines(checkpoint, 1))).getFirst();

		assertThat(retry.replayed()).isTrue();
		assertThat(retry.id()).isEqualTo(first);
		assertThat(lost).isNull();
		List<String> lines = jdbc.sql("SELECT CONCAT(action, ' ', target) FROM audit_log WHERE detail = ? ORDER BY id")
			.param("checkpoint:" + checkpoint.id())
			.query(String.class)
			.list();
		assertThat(lines).containsExactly("CREATE passage:" + first, "CREATE passage:" + anonymous,
				"CREATE passage:" + batch.get(0), "CREATE passage:" + batch.get(1));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE detail = ? AND username IS NOT NULL AND at IS NOT NULL")
			.param("checkpoint:" + checkpoint.id())
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void passagesArrivingWhileOneIsStoredAreStoredTogetherEachAsIfAlone() throws Exception {
		long checkpoint = checkpoint("同批卡点").id();
		// The hour's count exists (this hour's and the next, should the test cross one), so that holding it holds
		// the first write.
		long hour = WindowBuckets.hour(clock.instant());
		for (long h : List.of(hour, hour + 1)) {
			jdbc.sql("INSERT INTO checkpoint_passage_tally (checkpoint_id, passed_hour, passages, vehicles, persons, fevers,"
					+ " turned_back, referrals) VALUES (?, ?, 0, 0, 0, 0, 0, 0)").params(checkpoint, h).update();
		}
		String twice = UUID.randomUUID().toString();
		List<Future<PassageView>> answers = new ArrayList<>();

		new TransactionTemplate(transactions).executeWithoutResult(holding -> {
			jdbc.sql("SELECT passages FROM checkpoint_passage_tally WHERE checkpoint_id = ? FOR UPDATE").param(checkpoint)
				.query(Long.class).list();
			answers.add(register(checkpoint, passage(UUID.randomUUID().toString(), "36.5")));
			await().atMost(Duration.ofSeconds(60)).until(this::countWaiting);
			answers.add(register(checkpoint, passage(UUID.randomUUID().toString(), "36.6", PassageOutcome.PASSED)));
			answers.add(register(checkpoint, passage(null, "36.7", PassageOutcome.TURNED_BACK)));
			answers.add(register(checkpoint, passage(UUID.randomUUID().toString(), "38.4", PassageOutcome.REFERRED_FEVER_CLINIC)));
			answers.add(register(checkpoint, passage(twice, "36.8", PassageOutcome.PASSED)));
			answers.add(register(checkpoint, passage(twice, "36.8", PassageOutcome.PASSED)));
			await().atMost(Duration.ofSeconds(60))
				.until(() -> passages.waitingToBeStored() == 5 || answers.stream().anyMatch(Future::isDone));
			answers.stream().filter(Future::isDone).forEach(refused -> assertThat(refused).succeedsWithin(Duration.ZERO));
			assertThat(passages.waitingToBeStored()).isEqualTo(5);
		});
		List<PassageView> registered = new ArrayList<>();
		for (Future<PassageView> answer : answers) {
			registered.add(answer.get(60, TimeUnit.SECONDS));
		}

		assertThat(registered.get(4).id()).isEqualTo(registered.get(5).id());
		assertThat(registered.get(4).replayed() ^ registered.get(5).replayed()).isTrue();
		List<Long> ids = registered.stream().map(PassageView::id).distinct().toList();
		assertThat(ids).hasSize(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage WHERE checkpoint_id = ?").param(checkpoint)
			.query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage_client_id WHERE client_id = ?").param(twice)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT target FROM audit_log WHERE detail = ?").param("checkpoint:" + checkpoint)
			.query(String.class).list()).containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "passage:" + id).toList());
		assertThat(jdbc.sql("SELECT passage_id FROM checkpoint_follow_up WHERE kind = 'FEVER' AND passage_id IN (:ids)")
			.param("ids", ids).query(Long.class).list()).containsExactly(registered.get(3).id());
		assertThat(jdbc.sql("SELECT SUM(passages) FROM checkpoint_passage_tally WHERE checkpoint_id = ?").param(checkpoint)
			.query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("SELECT SUM(turned_back) FROM checkpoint_passage_tally WHERE checkpoint_id = ?").param(checkpoint)
			.query(Long.class).single()).isEqualTo(1);
		if (product.isPostgres()) {
			// The first alone, the four that waited in one transaction.
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT CAST(xmin AS TEXT)) FROM checkpoint_passage WHERE checkpoint_id = ?")
				.param(checkpoint).query(Long.class).single()).isEqualTo(2);
		}
	}

	private Future<PassageView> register(long checkpoint, NewPassage passage) {
		return phones.submit(() -> SystemTask.call(() -> passages.register(checkpoint, passage)));
	}

	/**
	 * The first passage's write waits for the hour's count held by the test: on PostgreSQL in its one statement,
	 * whose text as the server shows it stops before the count's part.
	 */
	private boolean countWaiting() {
		String waiting = product.isPostgres()
				? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?"
				: "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL AND EXECUTING_STATEMENT LIKE ?";
		return jdbc.sql(waiting).param(product.isPostgres() ? "WITH passage AS (INSERT INTO checkpoint_passage %" : "%checkpoint_passage_tally%").query(Long.class).single() > 0;
	}

	private CheckpointView checkpoint(String name) {
		FigureTree places = FigureTree.create(jurisdictions);
		return SystemTask.call(() -> checkpoints.create(new NewCheckpoint(name + UUID.randomUUID().toString().substring(0, 6),
				CheckpointLevel.VILLAGE_ROAD, places.grid(), null, null, null, null, Set.of(StaffingAgency.VOLUNTEERS), null,
				null, null)));
	}

	/** The audit lines of passages stored by the system at the checkpoint, as the registrations write them. */
	private List<AuditTrail.Line> lines(CheckpointView checkpoint, int passages) {
		AuditTrail.Line line = SystemTask.call(() -> audit.lineFor(AuditAction.CREATE, "passage:", "checkpoint:" + checkpoint.id()));
		return java.util.Collections.nCopies(passages, line);
	}

	private static NewPassage passage(String clientId, String temperature) {
		return passage(clientId, temperature, PassageOutcome.PASSED);
	}

	private static NewPassage passage(String clientId, String temperature, PassageOutcome outcome) {
		return new NewPassage(clientId, "川A12345", PassageVehicle.CAR,
				List.of(new NewPassage.Occupant("旅客", null, "13900001111", new BigDecimal(temperature), null, null, null)), outcome);
	}

	private PassageDatabase.Draft draft(long checkpointId, String clientId, String temperature) {
		CheckpointDatabase.Row checkpoint = SystemTask.call(() -> passages.checkpoint(checkpointId));
		var accepted = (PassagePolicy.Accepted) PassagePolicy.decide(checkpoint.level(), passage(clientId, temperature),
				clock.today());
		return new PassageDatabase.Draft(clientId, checkpointId, accepted, List.of("NONE"), java.util.Arrays.asList((Long) null),
				"NONE", clock.today(), clock.instant(), checkpoint.jurisdictionCode(), checkpoint.path(), "test");
	}
}
