package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every status against every change the policy knows. */
class VisitPolicyTest {

	@ParameterizedTest
	@EnumSource(VisitOutcome.class)
	void aPendingVisitTakesAnyOutcome(VisitOutcome outcome) {
		assertThat(VisitPolicy.decide(VisitStatus.PENDING, new VisitPolicy.Mark(outcome)))
			.isEqualTo(new VisitPolicy.Allowance(outcome.status()));
	}

	@ParameterizedTest
	@EnumSource(VisitOutcome.class)
	void nobodyHomeIsRevisitedWithAnyOutcome(VisitOutcome outcome) {
		assertThat(VisitPolicy.decide(VisitStatus.NOBODY_HOME, new VisitPolicy.Mark(outcome)))
			.isEqualTo(new VisitPolicy.Allowance(outcome.status()));
	}

	@ParameterizedTest
	@EnumSource(value = VisitStatus.class, names = { "VISITED_NO_RETURNEES", "VISITED_WITH_RETURNEES", "REFUSED" })
	void visitedAndRefusedAreFinalForTheWorker(VisitStatus status) {
		for (VisitOutcome outcome : VisitOutcome.values()) {
			assertThat(VisitPolicy.decide(status, new VisitPolicy.Mark(outcome)))
				.isEqualTo(new VisitPolicy.Refusal("visit.final"));
		}
	}

	@ParameterizedTest
	@EnumSource(value = VisitStatus.class, names = { "VISITED_NO_RETURNEES", "VISITED_WITH_RETURNEES", "REFUSED" })
	void hqReopensAFinalVisitToPending(VisitStatus status) {
		assertThat(VisitPolicy.decide(status, new VisitPolicy.Reopen()))
			.isEqualTo(new VisitPolicy.Allowance(VisitStatus.PENDING));
	}

	@ParameterizedTest
	@EnumSource(value = VisitStatus.class, names = { "PENDING", "NOBODY_HOME" })
	void anOpenVisitHasNothingToReopen(VisitStatus status) {
		assertThat(VisitPolicy.decide(status, new VisitPolicy.Reopen())).isEqualTo(new VisitPolicy.Refusal("visit.notFinal"));
	}

	@ParameterizedTest
	@EnumSource(value = VisitStatus.class, names = { "PENDING", "NOBODY_HOME", "VISITED_WITH_RETURNEES" })
	void anArrivalRegisteredFromAVisitMakesItOneWithReturnees(VisitStatus status) {
		assertThat(VisitPolicy.decide(status, new VisitPolicy.ReturneeRegistration()))
			.isEqualTo(new VisitPolicy.Allowance(VisitStatus.VISITED_WITH_RETURNEES));
	}

	@ParameterizedTest
	@EnumSource(value = VisitStatus.class, names = { "VISITED_NO_RETURNEES", "REFUSED" })
	void anArrivalLeavesAFinalVerdictWithoutReturneesToHq(VisitStatus status) {
		assertThat(VisitPolicy.decide(status, new VisitPolicy.ReturneeRegistration()))
			.isEqualTo(new VisitPolicy.Refusal("visit.final"));
	}

	@ParameterizedTest
	@EnumSource(value = VisitStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
	void aMarkedVisitIsCorrectedToAnyOtherOutcome(VisitStatus status) {
		for (VisitOutcome outcome : VisitOutcome.values()) {
			assertThat(VisitPolicy.decide(status, new VisitPolicy.Correct(outcome)))
				.isEqualTo(outcome.status() == status ? new VisitPolicy.Refusal("visit.correction.same")
						: new VisitPolicy.Allowance(outcome.status()));
		}
	}

	@ParameterizedTest
	@EnumSource(VisitOutcome.class)
	void aVisitNeverMarkedHasNothingToCorrect(VisitOutcome outcome) {
		assertThat(VisitPolicy.decide(VisitStatus.PENDING, new VisitPolicy.Correct(outcome)))
			.isEqualTo(new VisitPolicy.Refusal("visit.correction.notMarked"));
	}

	@Test
	void statusesSplitIntoOpenVisitedAndRefused() {
		assertThat(VisitStatus.PENDING.open()).isTrue();
		assertThat(VisitStatus.NOBODY_HOME.open()).isTrue();
		assertThat(VisitStatus.REFUSED.open()).isFalse();
		assertThat(VisitStatus.REFUSED.visited()).isFalse();
		assertThat(VisitStatus.VISITED_NO_RETURNEES.visited()).isTrue();
		assertThat(VisitStatus.VISITED_WITH_RETURNEES.visited()).isTrue();
		assertThat(VisitStatus.NOBODY_HOME.visited()).isFalse();
	}
}
