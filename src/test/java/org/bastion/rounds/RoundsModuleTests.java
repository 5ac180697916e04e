package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.bastion.arrivals.ArrivalHandOvers;
import org.bastion.arrivals.ArrivalListEntries;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.Households;
import org.bastion.people.NewHousehold;
import org.bastion.people.OwnTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a screening round tells the others: that it opened over an area, and each household's visit.
 * No module listens yet (reporting will count them), so these tests show the events and their fields.
 */
// Security implements the viewer port every service asks; this module's code names no security type.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "security")
// The readiness group names the web module's database-write check, which this bootstrap leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class RoundsModuleTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Households households;

	@Autowired
	FieldClock clock;

	@Autowired
	ScreeningRounds rounds;

	@Autowired
	Visits visits;

	// Arrivals, bootstrapped for the comparison's counts, asks pushed lists for entries through this port.
	@MockitoBean
	ArrivalHandOvers handOvers;

	@MockitoBean
	ArrivalListEntries listEntries;

	OwnTree tree;

	long household;

	@BeforeEach
	void aHouseholdOfItsOwn() {
		tree = OwnTree.create(jurisdictions);
		long head = tree.resident(people, "模块户主");
		household = SystemTask.call(() -> households.create(new NewHousehold(tree.grid(), "模块路1号", head)).id());
	}

	@Test
	void openingARoundIsPublishedWithItsHouseholds(Scenario scenario) {
		LocalDate deadline = clock.today().plusDays(3);

		scenario.stimulate(() -> SystemTask.call(() -> rounds.open(new RoundOpening(tree.village(), deadline, "模块排查", null))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(ScreeningRoundOpened.class)
			.matching(opened -> opened.jurisdictionCode().equals(tree.village()))
			.toArriveAndVerify((opened, round) -> {
				assertThat(opened.roundId()).isEqualTo(round.id());
				assertThat(opened.number()).isEqualTo(round.number());
				assertThat(opened.jurisdictionPath()).isEqualTo(tree.villagePath().value());
				assertThat(opened.deadline()).isEqualTo(deadline);
				assertThat(opened.households()).isEqualTo(1);
			});
	}

	@Test
	void aVisitIsPublishedWithItsOutcome(Scenario scenario) {
		long round = SystemTask.call(() -> rounds.open(new RoundOpening(tree.village(), clock.today().plusDays(3), null,
				null))).id();
		Visit visit = SystemTask.call(() -> visits.list(round, null, List.of(), null, null)).items().getFirst();
		assertThat(visit.householdId()).isEqualTo(household);

		scenario.stimulate(() -> SystemTask.call(() -> visits.record(visit.id(),
				new VisitReport(VisitOutcome.VISITED_WITH_RETURNEES, "两人返乡", 2, null))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(HouseholdVisited.class)
			.matching(visited -> visited.visitId() == visit.id())
			.toArriveAndVerify(visited -> {
				assertThat(visited.roundId()).isEqualTo(round);
				assertThat(visited.householdId()).isEqualTo(household);
				assertThat(visited.jurisdictionCode()).isEqualTo(tree.grid());
				assertThat(visited.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(visited.outcome()).isEqualTo(VisitOutcome.VISITED_WITH_RETURNEES);
				assertThat(visited.returnees()).isEqualTo(2);
				assertThat(visited.visitedBy()).isEqualTo("system");
				assertThat(visited.visitedAt()).isNotNull();
			});
	}
}
