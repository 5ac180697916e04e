package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.people.FigureTree;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The observation module's waiting work over orders made and readings recorded through the services: checks
 * due now and missed today, the open alerts and the proposals of the viewer's area, each with its first item;
 * another village's and another county's count for nobody here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservationWaitingTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Observations observations;

	@Autowired
	HealthChecks checks;

	@Autowired
	ProposalDatabase proposals;

	@Autowired
	CheckWaiting checkWaiting;

	@Autowired
	AlertWaiting alertWaiting;

	@Autowired
	ProposalWaiting proposalWaiting;

	@Autowired
	FieldClock clock;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
	}

	@Test
	void theGridCountsItsChecksDueNowAndMissedAndAFeverBecomesItsAlert() {
		long mine = order(places.grid());
		long beside = order(places.otherGrid());
		long outside = order(places.elsewhere().grid());
		int missedOfEach = dueAndMissed(mine);
		dueAndMissed(beside);
		dueAndMissed(outside);
		assertThat(missedOfEach).as("the settings give a day two windows or more").isPositive();
		Viewer grid = viewer("GRID_WORKER", places.tree().gridPath());

		List<Waiting> before = checkWaiting.waiting(grid, Shown.ON_HOME);
		assertThat(before).extracting(Waiting::id).containsExactly("checks-due", "checks-missed");
		assertThat(before.get(0).count()).isEqualTo(1);
		assertThat(before.get(0).tone()).isEqualTo(Tone.DUE);
		// Each item opens the check form on its own slot, so a missed one is recorded late where it belongs.
		assertThat(before.get(0).items()).extracting(item -> item.href()).singleElement().asString()
			.matches("/observations/" + mine + "/check\\?slot=\\d{4}-\\d{2}-\\d{2}/\\d+");
		assertThat(before.get(1).count()).isEqualTo(missedOfEach);
		assertThat(before.get(1).tone()).isEqualTo(Tone.URGENT);
		assertThat(before.get(1).items()).extracting(item -> item.href())
			.allMatch(href -> href.toString().matches("/observations/" + mine + "/check\\?slot=\\d{4}-\\d{2}-\\d{2}/\\d+"))
			.doesNotHaveDuplicates();
		JurisdictionPath township = JurisdictionPath.of(places.tree().county(), places.tree().township());
		assertThat(checkWaiting.waiting(viewer("TOWNSHIP_STAFF", township), Shown.ON_HOME))
			.as("the township watches the missed ones of both villages").singleElement()
			.satisfies(missed -> assertThat(missed.count()).isEqualTo(2L * missedOfEach));
		assertThat(alertWaiting.waiting(grid, Shown.ON_HOME)).isEmpty();

		// A fever in the window open now: the check is done, and an alert opens for the grid.
		SystemTask.run(() -> checks.record(mine, new NewCheck(UUID.randomUUID().toString(), clock.today(), 1,
				new BigDecimal("38.5"), List.of())));

		assertThat(checkWaiting.waiting(grid, Shown.ON_HOME)).extracting(Waiting::id).containsExactly("checks-missed");
		long alert = jdbc.sql("SELECT id FROM health_alert WHERE observation_id = ?").param(mine).query(Long.class).single();
		Waiting alerts = alertWaiting.waiting(grid, Shown.ON_HOME).getFirst();
		assertThat(alerts.id()).isEqualTo(AlertWaiting.ID);
		assertThat(alerts.count()).isEqualTo(1);
		assertThat(alerts.tone()).isEqualTo(Tone.URGENT);
		assertThat(alerts.items()).singleElement().satisfies(item -> {
			assertThat(item.href()).isEqualTo("/alerts/" + alert);
			assertThat(item.messageKey()).isEqualTo("alert.kind.FEVER");
		});
		assertThat(alertWaiting.waiting(viewer("GRID_WORKER", JurisdictionPath.of(places.tree().county(),
				places.tree().township(), places.otherVillage(), places.otherGrid())), Shown.ON_HOME)).isEmpty();
		assertThat(alertWaiting.waiting(viewer("TOWNSHIP_STAFF", places.elsewhere().villagePath()), Shown.ON_HOME)).isEmpty();
		assertThat(alertWaiting.waiting(viewer("TOWNSHIP_STAFF", township), Shown.ON_HOME).getFirst().count()).isEqualTo(1);

		// The navigation, on every page, gets the counts alone: no items read for it.
		assertThat(alertWaiting.waiting(grid, Shown.IN_NAVIGATION)).singleElement().satisfies(badge -> {
			assertThat(badge.count()).isEqualTo(1);
			assertThat(badge.items()).isEmpty();
		});
		assertThat(checkWaiting.waiting(grid, Shown.IN_NAVIGATION)).allSatisfy(badge -> {
			assertThat(badge.tone()).isEqualTo(Tone.URGENT);
			assertThat(badge.items()).isEmpty();
		});
	}

	@Test
	void theProposalsOfTheAreaWaitWithTheNewestFirst() {
		long older = propose(places.grid());
		long newer = propose(places.grid());
		propose(places.elsewhere().grid());
		Viewer grid = viewer("GRID_WORKER", places.tree().gridPath());

		Waiting waiting = proposalWaiting.waiting(grid, Shown.ON_HOME).getFirst();
		assertThat(proposalWaiting.waiting(grid, Shown.IN_NAVIGATION)).as("proposals wait for the home page").isEmpty();
		assertThat(waiting.id()).isEqualTo("proposals");
		assertThat(waiting.count()).isEqualTo(2);
		assertThat(waiting.items()).extracting(item -> item.href()).containsExactly(
				"/observations/proposals#proposal-" + newer, "/observations/proposals#proposal-" + older);
		assertThat(proposalWaiting.waiting(viewer("GRID_WORKER", JurisdictionPath.of(places.tree().county(),
				places.tree().township(), places.otherVillage(), places.otherGrid())), Shown.ON_HOME)).isEmpty();
		assertThat(proposalWaiting.waiting(viewer("LEADER", places.tree().gridPath()), Shown.ON_HOME)).as("leaders decide none").isEmpty();
		assertThat(proposalWaiting.waiting(viewer("GRID_WORKER", places.elsewhere().gridPath()), Shown.ON_HOME).getFirst().count())
			.isEqualTo(1);
	}

	private static Viewer viewer(String role, JurisdictionPath scope) {
		return new Viewer(0, "test-" + role, role, scope, false, false);
	}

	/** An order at home for a new resident of {@code grid}, started two days ago. */
	private long order(String grid) {
		long person = FigureTree.resident(people, grid, "待办观察");
		return SystemTask.call(() -> observations.create(new NewObservation(person, ObservationKind.HOME,
				clock.today().minusDays(2), ObservationReason.CLOSE_CONTACT, null, null, null, null))).id();
	}

	/**
	 * Today's slots of an order, their windows set so that the first is open all day and the rest have passed
	 * (the windows are the deployment's settings, which other tests may change, and the time of day is the
	 * clock's); how many have passed.
	 */
	private int dueAndMissed(long order) {
		LocalDate today = clock.today();
		jdbc.sql("UPDATE check_slot SET window_start = ?, window_end = ? WHERE observation_id = ? AND slot_date = ?")
			.params(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 1), order, today)
			.update();
		jdbc.sql("UPDATE check_slot SET window_start = ?, window_end = ? WHERE observation_id = ? AND slot_date = ? AND slot = 1")
			.params(LocalTime.of(0, 0, 1), LocalTime.of(23, 59, 59), order, today)
			.update();
		return jdbc.sql("SELECT COUNT(*) FROM check_slot WHERE observation_id = ? AND slot_date = ?")
			.params(order, today)
			.query(Integer.class)
			.single() - 1;
	}

	private long propose(String grid) {
		long person = FigureTree.resident(people, grid, "待办建议");
		String path = jurisdictions.find(grid).orElseThrow().path().value();
		proposals.insert(new ProposalDatabase.NewRow(person, person, "待办建议", ObservationKind.HOME, clock.today(), "HIGH",
				"HOME_OBSERVATION", grid, path));
		return jdbc.sql("SELECT id FROM observation_proposal WHERE open_person_id = ?").param(person).query(Long.class)
			.single();
	}
}
