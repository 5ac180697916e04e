package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.arrivals.ArrivalHandOvers;
import org.bastion.arrivals.ArrivalListEntries;
import org.bastion.arrivals.ArrivalRegistered;
import org.bastion.arrivals.ArrivalVisits;
import org.bastion.arrivals.Measure;
import org.bastion.arrivals.RiskLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ProposalView.ProposalStatus;
import org.bastion.people.OwnTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The observation module with only the modules it depends on: how it reacts to arrivals' events and
 * what it publishes. The ports other modules implement for it are mocks. The model for a module test:
 * a {@link Scenario} stimulates or publishes, then waits for the event or the state it leads to.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
// The readiness group names the web module's database-write check, which this bootstrap leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class ObservationModuleTests {

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
	Observations observations;

	@Autowired
	HealthChecks checks;

	@Autowired
	ProposalDatabase proposals;

	OwnTree tree;

	@BeforeEach
	void ownTree() {
		tree = OwnTree.create(jurisdictions);
	}

	@Test
	void anArrivalToBeIsolatedIsProposedForASite(Scenario scenario) {
		long person = tree.resident(people, "模块返乡");
		long arrival = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		LocalDate arrived = observations.today().minusDays(1);

		scenario.publish(new ArrivalRegistered(arrival, person, tree.grid(), tree.gridPath().value(), arrived,
				RiskLevel.HIGH, Measure.CENTRAL_ISOLATION))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForStateChange(() -> proposals.openOfPerson(person), Optional::isPresent)
			.andVerify(open -> {
				ProposalView proposal = open.orElseThrow().view();
				assertThat(proposal.arrivalId()).isEqualTo(arrival);
				assertThat(proposal.personName()).isEqualTo("模块返乡");
				assertThat(proposal.kind()).isEqualTo(ObservationKind.SITE);
				assertThat(proposal.startDate()).isEqualTo(arrived);
				assertThat(proposal.jurisdictionCode()).isEqualTo(tree.grid());
				assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
			});
	}

	@Test
	void anOrderIsPublishedAsStartedWithItsPeriodAndPlace(Scenario scenario) {
		long person = tree.resident(people, "模块观察");
		LocalDate start = observations.today().minusDays(2);

		scenario.stimulate(() -> SystemTask.call(() -> observations.create(home(person, start))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(ObservationStarted.class)
			.matching(started -> started.personId() == person)
			.toArriveAndVerify((started, order) -> {
				assertThat(started.observationId()).isEqualTo(order.id());
				assertThat(started.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(started.kind()).isEqualTo(ObservationKind.HOME);
				assertThat(started.reason()).isEqualTo(ObservationReason.CLOSE_CONTACT);
				assertThat(started.startDate()).isEqualTo(start);
				assertThat(started.endDate()).isEqualTo(start.plusDays(14));
			});
	}

	@Test
	void aReadingOf385RaisesAFeverAlert(Scenario scenario) {
		long person = tree.resident(people, "模块发热");
		LocalDate start = observations.today().minusDays(2);
		long order = SystemTask.call(() -> observations.create(home(person, start))).id();

		scenario.stimulate(() -> SystemTask.call(() -> checks.record(order,
				new NewCheck(null, start.plusDays(1), 1, new BigDecimal("38.5"), List.of("COUGH")))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(FeverAlertRaised.class)
			.matching(raised -> raised.observationId() == order)
			.toArriveAndVerify((raised, recorded) -> {
				assertThat(raised.alertId()).isEqualTo(recorded.alertId());
				assertThat(raised.personId()).isEqualTo(person);
				assertThat(raised.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(raised.temperature()).isEqualByComparingTo("38.5");
				assertThat(raised.symptoms()).isEqualTo(Set.of(Symptom.COUGH));
			});
	}

	@Test
	void aNormalReadingRaisesNoAlert(PublishedEvents events) {
		long person = tree.resident(people, "模块正常");
		LocalDate start = observations.today().minusDays(2);
		long order = SystemTask.call(() -> observations.create(home(person, start))).id();

		// Events are published while the reading is stored, on this thread: once it returns, there are none to wait for.
		SystemTask.call(() -> checks.record(order,
				new NewCheck(null, start.plusDays(1), 1, new BigDecimal("36.5"), List.of())));

		assertThat(events.ofType(FeverAlertRaised.class).matching(raised -> raised.observationId() == order)).isEmpty();
	}

	private static NewObservation home(long person, LocalDate start) {
		return new NewObservation(person, ObservationKind.HOME, start, ObservationReason.CLOSE_CONTACT, 14, null, null,
				null);
	}
}
