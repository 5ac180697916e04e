package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.arrivals.Measure;
import org.bastion.observation.ProposalRule.OpenProposal;
import org.bastion.observation.ProposalRule.Why;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalRuleTest {

	private static final long ARRIVAL = 7;

	@Test
	void centralIsolationCallsForASiteOrderAndHomeObservationForAHomeOrder() {
		assertThat(ProposalRule.decide(ARRIVAL, Measure.CENTRAL_ISOLATION, false, null, false))
			.isEqualTo(new ProposalRule.Propose(ObservationKind.SITE));
		assertThat(ProposalRule.decide(ARRIVAL, Measure.HOME_OBSERVATION, false, null, false))
			.isEqualTo(new ProposalRule.Propose(ObservationKind.HOME));
	}

	@ParameterizedTest
	@EnumSource(value = Measure.class, names = { "NONE", "HEALTH_MONITORING" })
	void milderMeasuresCallForNothing(Measure measure) {
		assertThat(ProposalRule.kindFor(measure)).isEmpty();
		assertThat(ProposalRule.decide(ARRIVAL, measure, false, null, false)).isEqualTo(new ProposalRule.Nothing(Why.MEASURE_TOO_MILD));
	}

	@ParameterizedTest
	@EnumSource(Measure.class)
	void aPersonUnderObservationIsNeverProposed(Measure measure) {
		assertThat(ProposalRule.decide(ARRIVAL, measure, true, null, false)).isEqualTo(new ProposalRule.Nothing(Why.OPEN_ORDER));
		assertThat(ProposalRule.decide(ARRIVAL, measure, true, new OpenProposal(ARRIVAL, ObservationKind.HOME), false))
			.isEqualTo(new ProposalRule.Nothing(Why.OPEN_ORDER));
	}

	@ParameterizedTest
	@EnumSource(Measure.class)
	void anOpenProposalOfAnotherArrivalStands(Measure measure) {
		assertThat(ProposalRule.decide(ARRIVAL, measure, false, new OpenProposal(ARRIVAL + 1, ObservationKind.HOME), false))
			.isEqualTo(new ProposalRule.Nothing(Why.OTHER_PROPOSAL_OPEN));
	}

	@ParameterizedTest
	@EnumSource(Measure.class)
	void anArrivalDealtWithIsNotProposedAgain(Measure measure) {
		assertThat(ProposalRule.decide(ARRIVAL, measure, false, null, true)).isEqualTo(new ProposalRule.Nothing(Why.DEALT_WITH));
	}

	@Test
	void theSameArrivalsProposalFollowsItsMeasure() {
		OpenProposal home = new OpenProposal(ARRIVAL, ObservationKind.HOME);
		assertThat(ProposalRule.decide(ARRIVAL, Measure.CENTRAL_ISOLATION, false, home, false))
			.isEqualTo(new ProposalRule.Change(ObservationKind.SITE));
		assertThat(ProposalRule.decide(ARRIVAL, Measure.HOME_OBSERVATION, false, home, false))
			.isEqualTo(new ProposalRule.Nothing(Why.UNCHANGED));
		assertThat(ProposalRule.decide(ARRIVAL, Measure.HEALTH_MONITORING, false, home, false)).isEqualTo(new ProposalRule.Withdraw());
		assertThat(ProposalRule.decide(ARRIVAL, Measure.NONE, false, home, false)).isEqualTo(new ProposalRule.Withdraw());
		OpenProposal site = new OpenProposal(ARRIVAL, ObservationKind.SITE);
		assertThat(ProposalRule.decide(ARRIVAL, Measure.HOME_OBSERVATION, false, site, false))
			.isEqualTo(new ProposalRule.Change(ObservationKind.HOME));
	}
}
