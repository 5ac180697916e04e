package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.Households;
import org.bastion.people.NewHousehold;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting.Shown;
import org.bastion.shared.WorkWaiting.Tone;
import org.bastion.shared.WorkWaiting.Waiting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The open rounds as waiting work, over rounds opened and visits recorded through the services: a grid worker
 * counts the doors of their grid still to knock and gets the first one as a link; the township counts its
 * area's and sees the coverage; another county and a closed round count nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundWaitingTests {

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
	RoundWaiting waiting;

	@Autowired
	FieldClock clock;

	FigureTree places;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
	}

	@Test
	void aGridWorkerCountsTheDoorsOfTheirGridStillToKnockAndGetsTheFirst() {
		households(places.grid(), 3);
		households(places.otherGrid(), 1);
		households(places.elsewhere().grid(), 2);
		long round = open(places.tree().township());
		long outside = open(places.elsewhere().township());
		List<Visit> mine = visits(round, places.grid());
		visit(mine.get(0), VisitOutcome.VISITED_NO_RETURNEES);
		visit(mine.get(1), VisitOutcome.NOBODY_HOME);

		Waiting doors = only(waiting.waiting(viewer("GRID_WORKER", places.tree().gridPath()), Shown.ON_HOME));
		assertThat(doors.id()).isEqualTo("round-visits");
		assertThat(doors.tone()).isEqualTo(Tone.DUE);
		assertThat(doors.count()).as("never visited, and nobody home").isEqualTo(2);
		// The first door is the one never visited; nobody home comes after it, as on the door list.
		assertThat(doors.items().getFirst().href()).isEqualTo("/rounds/" + round + "/visits#visit-" + mine.get(2).id());
		// The usual answer at that door in one tap from the home page, as its card sends it, leading on.
		assertThat(doors.items().getFirst().action()).satisfies(action -> {
			assertThat(action.href()).isEqualTo("/rounds/" + round + "/visits/" + mine.get(2).id());
			assertThat(action.fields()).containsEntry("outcome", "VISITED_NO_RETURNEES").containsEntry("then", "next")
				.containsEntry("clientId", "page-visit-" + mine.get(2).id() + "-0");
		});
		assertThat(only(waiting.waiting(new Viewer(0, "test-cadre", "VILLAGE_CADRE", places.tree().gridPath(), false, true),
				Shown.ON_HOME)).items().getFirst().action()).as("read only: the door opened, not marked").isNull();
		assertThat(doors.href()).isEqualTo("/rounds/" + round + "/unvisited");

		Waiting beside = only(waiting.waiting(viewer("GRID_WORKER", JurisdictionPath.of(places.tree().county(),
				places.tree().township(), places.otherVillage(), places.otherGrid())), Shown.ON_HOME));
		assertThat(beside.count()).isEqualTo(1);
		assertThat(beside.items().getFirst().href()).startsWith("/rounds/" + round + "/visits#visit-");

		Waiting elsewhere = only(waiting.waiting(viewer("GRID_WORKER", places.elsewhere().gridPath()), Shown.ON_HOME));
		assertThat(elsewhere.count()).isEqualTo(2);
		assertThat(elsewhere.items().getFirst().href()).startsWith("/rounds/" + outside + "/visits#visit-");
	}

	@Test
	void theTownshipSeesItsRoundsCoverageAndAClosedRoundCountsNothing() {
		households(places.grid(), 2);
		households(places.otherGrid(), 2);
		long round = open(places.tree().township());
		visit(visits(round, places.grid()).getFirst(), VisitOutcome.VISITED_WITH_RETURNEES);
		JurisdictionPath township = JurisdictionPath.of(places.tree().county(), places.tree().township());

		Waiting coverage = only(waiting.waiting(viewer("TOWNSHIP_STAFF", township), Shown.ON_HOME));
		assertThat(coverage.id()).isEqualTo("round-coverage");
		assertThat(coverage.count()).as("households not yet visited").isEqualTo(3);
		assertThat(coverage.items()).singleElement().satisfies(item -> {
			assertThat(item.text()).endsWith("1/4");
			assertThat(item.href()).isEqualTo("/rounds/" + round);
		});
		assertThat(waiting.waiting(viewer("TOWNSHIP_STAFF", places.elsewhere().villagePath()), Shown.ON_HOME)).isEmpty();
		assertThat(waiting.waiting(viewer("CHECKPOINT_STAFF", township), Shown.ON_HOME)).as("not a checkpoint's work").isEmpty();

		SystemTask.run(() -> rounds.close(round));
		assertThat(waiting.waiting(viewer("TOWNSHIP_STAFF", township), Shown.ON_HOME)).isEmpty();
		assertThat(waiting.waiting(viewer("GRID_WORKER", places.tree().gridPath()), Shown.ON_HOME)).isEmpty();
	}

	private static Viewer viewer(String role, JurisdictionPath scope) {
		return new Viewer(0, "test-" + role, role, scope, false, false);
	}

	private static Waiting only(List<Waiting> answered) {
		assertThat(answered).hasSize(1);
		return answered.getFirst();
	}

	private void households(String grid, int count) {
		for (int i = 0; i < count; i++) {
			long head = FigureTree.resident(people, grid, "待办户主");
			String address = "待办路" + (i + 1) + "号";
			SystemTask.run(() -> households.create(new NewHousehold(grid, address, head)));
		}
	}

	private long open(String area) {
		return SystemTask.call(() -> rounds.open(new RoundOpening(area, clock.today().plusDays(3), null, null))).id();
	}

	/** The round's visits in one grid, in the door list's order (by id among the never visited). */
	private List<Visit> visits(long round, String grid) {
		return SystemTask.call(() -> visits.list(round, grid, List.of(), null, null)).items();
	}

	private void visit(Visit visit, VisitOutcome outcome) {
		Integer returnees = outcome == VisitOutcome.VISITED_WITH_RETURNEES ? 1 : null;
		SystemTask.run(() -> visits.record(visit.id(), new VisitReport(outcome, null, returnees, null)));
	}
}
