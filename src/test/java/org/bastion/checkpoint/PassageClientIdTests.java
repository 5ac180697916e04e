package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.security.SystemTask;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.FieldClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A client id is stored once across every month's passages: the batched insert that loses a race for one (its
 * look-up saw nothing, another request stored it first) takes its passage out again and answers it for replay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassageClientIdTests {

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

	@Test
	void anInsertThatLosesTheRaceForAClientIdStoresNothingOfItsPassageAndKeepsTheOthers() {
		CheckpointView checkpoint = checkpoint("重号卡点");
		String taken = UUID.randomUUID().toString();
		String fresh = UUID.randomUUID().toString();
		long first = SystemTask.call(() -> passages.register(checkpoint.id(), passage(taken, "36.5"))).id();

		List<PassageDatabase.Row> rows = new TransactionTemplate(transactions).execute(status -> database.insertAll(List.of(
				draft(checkpoint.id(), taken, "36.6"), draft(checkpoint.id(), fresh, "36.55"))));

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
			.execute(status -> database.insertAll(List.of(draft(checkpoint.id(), taken, "37.1"))));

		assertThat(rows).hasSize(1).containsOnlyNulls();
		assertThat(database.findByClientId(taken).orElseThrow().id()).isEqualTo(first);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage WHERE checkpoint_id = ?").param(checkpoint.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage_occupant").query(Long.class).single()).isEqualTo(before);

		String fresh = UUID.randomUUID().toString();
		PassageDatabase.Row stored = new TransactionTemplate(transactions)
			.execute(status -> database.insertAll(List.of(draft(checkpoint.id(), fresh, "37.04")))).getFirst();
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
		PassageDatabase.Row lost = new TransactionTemplate(transactions).execute(status -> SystemTask.call(() -> database
			.insert(draft(checkpoint.id(), clientId, "37.2"), audit.lineFor(AuditAction.CREATE, "passage:", "checkpoint:" + checkpoint.id()))));

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

	private CheckpointView checkpoint(String name) {
		FigureTree places = FigureTree.create(jurisdictions);
		return SystemTask.call(() -> checkpoints.create(new NewCheckpoint(name + UUID.randomUUID().toString().substring(0, 6),
				CheckpointLevel.VILLAGE_ROAD, places.grid(), null, null, null, null, Set.of(StaffingAgency.VOLUNTEERS), null,
				null, null)));
	}

	private static NewPassage passage(String clientId, String temperature) {
		return new NewPassage(clientId, "川A12345", PassageVehicle.CAR,
				List.of(new NewPassage.Occupant(null, null, null, new BigDecimal(temperature), null, null, null)),
				PassageOutcome.PASSED);
	}

	private PassageDatabase.Draft draft(long checkpointId, String clientId, String temperature) {
		CheckpointDatabase.Row checkpoint = SystemTask.call(() -> passages.checkpoint(checkpointId));
		var accepted = (PassagePolicy.Accepted) PassagePolicy.decide(checkpoint.level(), passage(clientId, temperature),
				clock.today());
		return new PassageDatabase.Draft(clientId, checkpointId, accepted, List.of("NONE"), java.util.Arrays.asList((Long) null),
				"NONE", clock.today(), clock.instant(), checkpoint.jurisdictionCode(), checkpoint.path(), "test");
	}
}
