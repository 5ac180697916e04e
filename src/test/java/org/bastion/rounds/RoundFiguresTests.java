package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.Households;
import org.bastion.people.NewHousehold;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.DatabaseProduct;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The screening rounds' report figures, counted from visits recorded through the service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundFiguresTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Households households;

	@Autowired
	ScreeningRounds rounds;

	@Autowired
	Visits visits;

	@Autowired
	RoundFigures figures;

	@Autowired
	VisitDatabase visitDatabase;

	@Autowired
	FieldClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DatabaseProduct database;

	FigureTree places;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
	}

	@Test
	void householdsScreenedInTheWindowCountWithTheReturneesTheyHad() {
		List<Visit> village = round(places.tree().village(), places.grid(), 3);
		List<Visit> other = round(places.otherVillage(), places.otherGrid(), 1);
		List<Visit> outside = round(places.elsewhere().village(), places.elsewhere().grid(), 1);
		Instant before = visited(village.get(0), VisitOutcome.VISITED_NO_RETURNEES, null);
		Instant first = visited(village.get(1), VisitOutcome.VISITED_WITH_RETURNEES, 2);
		visited(village.get(2), VisitOutcome.NOBODY_HOME, null);
		visited(other.get(0), VisitOutcome.VISITED_WITH_RETURNEES, 1);
		Instant last = visited(outside.get(0), VisitOutcome.VISITED_WITH_RETURNEES, 3);

		List<PlaceCount> counts = figures.counts(window(clock.today(), first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		assertThat(under(counts, places.villagePath(), RoundFigures.HOUSEHOLDS_VISITED)).isEqualTo(1);
		assertThat(under(counts, places.villagePath(), RoundFigures.RETURNEES_FOUND)).isEqualTo(2);
		assertThat(under(counts, places.otherVillagePath(), RoundFigures.HOUSEHOLDS_VISITED)).isEqualTo(1);
		assertThat(under(counts, places.otherVillagePath(), RoundFigures.RETURNEES_FOUND)).isEqualTo(1);
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void aVisitAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		List<Visit> village = round(places.tree().village(), places.grid(), 2);
		Instant start = visited(village.get(0), VisitOutcome.VISITED_NO_RETURNEES, null);
		Instant end = visited(village.get(1), VisitOutcome.VISITED_WITH_RETURNEES, 1);

		List<PlaceCount> counts = figures.counts(window(clock.today(), start, end), places.scope());

		assertThat(under(counts, places.villagePath(), RoundFigures.HOUSEHOLDS_VISITED)).isEqualTo(1);
		assertThat(under(counts, places.villagePath(), RoundFigures.RETURNEES_FOUND)).isZero();
	}

	/**
	 * The chart's month reads the places' kept counts of visits: equal to a recount from the visits at every
	 * place of this test's tree and of the demo county (whose month was made back-dated), after outcomes at
	 * the door, a correction, a returnee registered from a visit and a reopening, and after a village moves to
	 * another county with its visits, where a visit was recorded since the move.
	 */
	@Test
	void theKeptCountsOfVisitsEqualARecountAndMoveWithTheirPlace() {
		List<Visit> village = round(places.tree().village(), places.grid(), 4);
		List<Visit> other = round(places.otherVillage(), places.otherGrid(), 1);
		visited(village.get(0), VisitOutcome.VISITED_NO_RETURNEES, null);
		visited(village.get(1), VisitOutcome.VISITED_WITH_RETURNEES, 2);
		visited(village.get(2), VisitOutcome.VISITED_WITH_RETURNEES, 1);
		visited(other.get(0), VisitOutcome.VISITED_WITH_RETURNEES, 3);
		SystemTask.run(() -> visits.correct(village.get(1).id(), new VisitReport(VisitOutcome.VISITED_NO_RETURNEES, null, null, null)));
		SystemTask.run(() -> visits.correct(village.get(0).id(), new VisitReport(VisitOutcome.NOBODY_HOME, null, null, null)));
		SystemTask.run(() -> visits.returneeRegistered(village.get(3).id(), 2));
		SystemTask.run(() -> visits.reopen(village.get(2).id()));
		assertKeptCountsEqualRecounts();
		JurisdictionPath demoCounty = SystemTask.call(() -> jurisdictions.find("511528")).orElseThrow().path();
		assertThat(VisitDatabase.TALLY.kept(jdbc, demoCounty)).isEqualTo(visitDatabase.recount(demoCounty));
		Map<String, Long> byFigure = new HashMap<>();
		VisitDatabase.TALLY.kept(jdbc, new JurisdictionPath(places.villagePath()))
			.forEach((key, n) -> byFigure.merge(key.substring(0, key.indexOf('|')), n, Long::sum));
		assertThat(byFigure).as("two households answered, one corrected to none and one with 2 returnees")
			.isEqualTo(Map.of(VisitDatabase.HOUSEHOLDS, 2L, VisitDatabase.RETURNEES, 2L));

		SystemTask.call(() -> jurisdictions.move(places.tree().village(), places.elsewhere().township()));
		visited(village.get(2), VisitOutcome.VISITED_NO_RETURNEES, null);
		awaitVisitsMovedWithTheirVillage();
		assertKeptCountsEqualRecounts();
		assertThat(VisitDatabase.TALLY.kept(jdbc, new JurisdictionPath(places.villagePath()))).isEmpty();
	}

	/**
	 * A visit recorded while its village moves: the recording holds the visit and then its places' counts,
	 * and the move waits for the visit before it takes any count, so both finish and the counts still equal
	 * a recount (the move once took the counts first, and the two deadlocked).
	 */
	@Test
	void aVisitRecordedWhileItsVillageMovesIsWaitedForAndBothFinish() {
		List<Visit> village = round(places.tree().village(), places.grid(), 1);
		visited(village.get(0), VisitOutcome.VISITED_WITH_RETURNEES, 2);

		new TransactionTemplate(transactions).executeWithoutResult(recording -> {
			jdbc.sql("SELECT id FROM household_visit WHERE id = ? FOR UPDATE").param(village.get(0).id()).query(Long.class).single();
			TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
			ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			ownTransaction.executeWithoutResult(move -> SystemTask
				.call(() -> jurisdictions.move(places.tree().village(), places.elsewhere().township())));
			await().atMost(Duration.ofSeconds(60)).until(this::visitsRestampWaiting);
			if (database.isPostgres()) {
				// This transaction, waiting second, finds a deadlock before the listener looks for one, so a
				// deadlock fails the test instead of the listener (whose failed event would be run again).
				jdbc.sql("SET LOCAL deadlock_timeout = '100ms'").update();
			}
			SystemTask.run(() -> visits.correct(village.get(0).id(), new VisitReport(VisitOutcome.VISITED_NO_RETURNEES, null, null, null)));
		});

		awaitVisitsMovedWithTheirVillage();
		assertKeptCountsEqualRecounts();
	}

	/** Whether the move's listener is waiting for a lock while it re-stamps the visits. */
	private boolean visitsRestampWaiting() {
		String waiting = database.isPostgres()
				? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?"
				: "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL AND EXECUTING_STATEMENT LIKE ?";
		return jdbc.sql(waiting).param("UPDATE household_visit SET jurisdiction_path%").query(Long.class).single() > 0;
	}

	/** Until the rounds' listener has moved every visit of the grid under the village's new place. */
	private void awaitVisitsMovedWithTheirVillage() {
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM household_visit WHERE jurisdiction_path LIKE ?")
			.param(places.gridPath() + "%")
			.query(Long.class)
			.single() == 0);
	}

	/** At every place of both trees, the moved village wherever it is now. */
	private void assertKeptCountsEqualRecounts() {
		for (JurisdictionPath place : places.recountedPlaces(jurisdictions)) {
			assertThat(VisitDatabase.TALLY.kept(jdbc, place)).as("kept at %s", place).isEqualTo(visitDatabase.recount(place));
		}
	}

	/** A round over {@code village} after {@code households} households of {@code grid} were registered; its visits. */
	private List<Visit> round(String village, String grid, int households) {
		for (int i = 0; i < households; i++) {
			long head = FigureTree.resident(people, grid, "模块户主");
			String address = "模块路" + (i + 1) + "号";
			SystemTask.run(() -> this.households.create(new NewHousehold(grid, address, head)));
		}
		long round = SystemTask.call(() -> rounds.open(new RoundOpening(village, clock.today().plusDays(3), null, null)))
			.id();
		return SystemTask.call(() -> visits.list(round, null, List.of(), null, null)).items();
	}

	private Instant visited(Visit visit, VisitOutcome outcome, Integer returnees) {
		SystemTask.run(() -> visits.record(visit.id(), new VisitReport(outcome, null, returnees, null)));
		return stored(jdbc, "SELECT visited_at FROM household_visit WHERE id = ?", visit.id());
	}
}
