package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.arrivals.Measure;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ProposalPolicy.OpenProposal;
import org.bastion.observation.ProposalPolicy.Why;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalPolicyTest {

	private static final long ARRIVAL = 7;

	@Test
	void centralIsolationCallsForASiteOrderAndHomeObservationForAHomeOrder() {
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.CENTRAL_ISOLATION, false, null, false))
			.isEqualTo(new ProposalPolicy.Propose(ObservationKind.SITE));
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.HOME_OBSERVATION, false, null, false))
			.isEqualTo(new ProposalPolicy.Propose(ObservationKind.HOME));
	}

	@ParameterizedTest
	@EnumSource(value = Measure.class, names = { "NONE", "HEALTH_MONITORING" })
	void milderMeasuresCallForNothing(Measure measure) {
		assertThat(ProposalPolicy.kindFor(measure)).isEmpty();
		assertThat(ProposalPolicy.decide(ARRIVAL, measure, false, null, false)).isEqualTo(new ProposalPolicy.Nothing(Why.MEASURE_TOO_MILD));
	}

	@ParameterizedTest
	@EnumSource(Measure.class)
	void aPersonUnderObservationIsNeverProposed(Measure measure) {
		assertThat(ProposalPolicy.decide(ARRIVAL, measure, true, null, false)).isEqualTo(new ProposalPolicy.Nothing(Why.OPEN_ORDER));
		assertThat(ProposalPolicy.decide(ARRIVAL, measure, true, new OpenProposal(ARRIVAL, ObservationKind.HOME), false))
			.isEqualTo(new ProposalPolicy.Nothing(Why.OPEN_ORDER));
	}

	@ParameterizedTest
	@EnumSource(Measure.class)
	void anOpenProposalOfAnotherArrivalStands(Measure measure) {
		assertThat(ProposalPolicy.decide(ARRIVAL, measure, false, new OpenProposal(ARRIVAL + 1, ObservationKind.HOME), false))
			.isEqualTo(new ProposalPolicy.Nothing(Why.OTHER_PROPOSAL_OPEN));
	}

	@ParameterizedTest
	@EnumSource(Measure.class)
	void anArrivalDealtWithIsNotProposedAgain(Measure measure) {
		assertThat(ProposalPolicy.decide(ARRIVAL, measure, false, null, true)).isEqualTo(new ProposalPolicy.Nothing(Why.DEALT_WITH));
	}

	@Test
	void theSameArrivalsProposalFollowsItsMeasure() {
		OpenProposal home = new OpenProposal(ARRIVAL, ObservationKind.HOME);
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.CENTRAL_ISOLATION, false, home, false))
			.isEqualTo(new ProposalPolicy.Change(ObservationKind.SITE));
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.HOME_OBSERVATION, false, home, false))
			.isEqualTo(new ProposalPolicy.Nothing(Why.UNCHANGED));
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.HEALTH_MONITORING, false, home, false)).isEqualTo(new ProposalPolicy.Withdraw());
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.NONE, false, home, false)).isEqualTo(new ProposalPolicy.Withdraw());
		OpenProposal site = new OpenProposal(ARRIVAL, ObservationKind.SITE);
		assertThat(ProposalPolicy.decide(ARRIVAL, Measure.HOME_OBSERVATION, false, site, false))
			.isEqualTo(new ProposalPolicy.Change(ObservationKind.HOME));
	}

	@Test
	void anOrderFromARiskAreaSaysSoAndAFeverishArrivalFromElsewhereSaysFever() {
		assertThat(ProposalPolicy.reasonFor(true, false)).isEqualTo(ObservationReason.ARRIVAL_FROM_RISK_AREA);
		assertThat(ProposalPolicy.reasonFor(true, true)).as("a risk area and a fever: the area")
			.isEqualTo(ObservationReason.ARRIVAL_FROM_RISK_AREA);
		assertThat(ProposalPolicy.reasonFor(false, true)).isEqualTo(ObservationReason.FEVER);
		assertThat(ProposalPolicy.reasonFor(false, false)).isEqualTo(ObservationReason.OTHER);
	}
}
