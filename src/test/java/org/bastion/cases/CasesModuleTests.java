package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.bastion.arrivals.ArrivalHandOvers;
import org.bastion.arrivals.ArrivalListEntries;
import org.bastion.arrivals.ArrivalVisits;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationSites;
import org.bastion.people.OwnTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What the cases module tells the others: a case's every status and its confirmation. No module
 * listens yet (reporting will count them), so these tests show the events and their fields.
 */
// Security implements the viewer port every service asks; this module's code names no security type.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "security")
// The readiness group names the web module's database-write check, which this bootstrap leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class CasesModuleTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@MockitoBean
	ArrivalHandOvers handOvers;

	@MockitoBean
	ObservationSites sites;

	@MockitoBean
	ArrivalVisits visits;

	@MockitoBean
	ArrivalListEntries listEntries;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Cases cases;

	OwnTree tree;

	@BeforeEach
	void ownTree() {
		tree = OwnTree.create(jurisdictions);
	}

	@Test
	void aSuspectedCaseIsPublishedAsAStatusFromNothing(Scenario scenario) {
		long person = tree.resident(people, "模块疑似");
		LocalDate onset = cases.today().minusDays(2);

		scenario.stimulate(() -> SystemTask.call(() -> cases.create(new NewCase(person, CaseStatus.SUSPECTED, onset, null,
				null, null))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(CaseStatusChanged.class)
			.matching(changed -> changed.personId() == person)
			.toArriveAndVerify((changed, created) -> {
				assertThat(changed.caseId()).isEqualTo(created.id());
				assertThat(changed.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(changed.from()).isNull();
				assertThat(changed.to()).isEqualTo(CaseStatus.SUSPECTED);
				assertThat(changed.date()).isEqualTo(onset);
			});
	}

	@Test
	void confirmingASuspectedCaseIsPublishedAsConfirmed(Scenario scenario) {
		long person = tree.resident(people, "模块确诊");
		LocalDate today = cases.today();
		long id = SystemTask.call(() -> cases.create(new NewCase(person, CaseStatus.SUSPECTED, today.minusDays(3), null,
				null, null))).id();

		scenario.stimulate(() -> SystemTask.call(() -> cases.changeStatus(id,
				new CaseStatusChange(CaseStatus.CONFIRMED, today.minusDays(1), "核酸阳性"))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(CaseConfirmed.class)
			.matching(confirmed -> confirmed.caseId() == id)
			.toArriveAndVerify(confirmed -> {
				assertThat(confirmed.personId()).isEqualTo(person);
				assertThat(confirmed.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(confirmed.date()).isEqualTo(today.minusDays(1));
			});
	}

	@Test
	void theMoveToConfirmedIsPublishedWithWhereItCameFrom(Scenario scenario) {
		long person = tree.resident(people, "模块转归");
		LocalDate today = cases.today();
		long id = SystemTask.call(() -> cases.create(new NewCase(person, CaseStatus.SUSPECTED, today.minusDays(3), null,
				null, null))).id();

		scenario.stimulate(() -> SystemTask.call(() -> cases.changeStatus(id,
				new CaseStatusChange(CaseStatus.CONFIRMED, today, null))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(CaseStatusChanged.class)
			.matching(changed -> changed.caseId() == id && changed.from() != null)
			.toArriveAndVerify(changed -> {
				assertThat(changed.from()).isEqualTo(CaseStatus.SUSPECTED);
				assertThat(changed.to()).isEqualTo(CaseStatus.CONFIRMED);
				assertThat(changed.date()).isEqualTo(today);
			});
	}
}
