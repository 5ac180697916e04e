package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTransitionPolicyTest {

	private static final Set<String> ALLOWED = Set.of("SUSPECTED>CONFIRMED", "SUSPECTED>ASYMPTOMATIC", "SUSPECTED>DIED",
			"ASYMPTOMATIC>CONFIRMED", "ASYMPTOMATIC>RECOVERED", "CONFIRMED>RECOVERED", "CONFIRMED>DIED");

	@Test
	void everyPairOfStatusesIsDecidedByTheTable() {
		for (CaseStatus from : CaseStatus.values()) {
			for (CaseStatus to : CaseStatus.values()) {
				CaseTransitionPolicy.Decision decision = CaseTransitionPolicy.move(from, to);
				if (ALLOWED.contains(from + ">" + to)) {
					assertThat(decision).as(from + ">" + to).isEqualTo(new CaseTransitionPolicy.Allowance(to));
				}
				else {
					assertThat(decision).as(from + ">" + to).isInstanceOf(CaseTransitionPolicy.Refusal.class);
				}
			}
		}
	}

	@Test
	void refusalsSayWhy() {
		assertThat(CaseTransitionPolicy.move(CaseStatus.RECOVERED, CaseStatus.CONFIRMED))
			.isEqualTo(new CaseTransitionPolicy.Refusal("case.status.final"));
		assertThat(CaseTransitionPolicy.move(CaseStatus.DIED, CaseStatus.DIED))
			.isEqualTo(new CaseTransitionPolicy.Refusal("case.status.final"));
		assertThat(CaseTransitionPolicy.move(CaseStatus.CONFIRMED, CaseStatus.CONFIRMED))
			.isEqualTo(new CaseTransitionPolicy.Refusal("case.status.same"));
		assertThat(CaseTransitionPolicy.move(CaseStatus.CONFIRMED, CaseStatus.SUSPECTED))
			.isEqualTo(new CaseTransitionPolicy.Refusal("case.status.notAllowed"));
		assertThat(CaseTransitionPolicy.move(CaseStatus.SUSPECTED, CaseStatus.RECOVERED))
			.isEqualTo(new CaseTransitionPolicy.Refusal("case.status.notAllowed"));
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void aCaseStartsOnlyBeforeAnOutcome(CaseStatus status) {
		if (status.outcome()) {
			assertThat(CaseTransitionPolicy.start(status)).isEqualTo(new CaseTransitionPolicy.Refusal("case.status.notInitial"));
		}
		else {
			assertThat(CaseTransitionPolicy.start(status)).isEqualTo(new CaseTransitionPolicy.Allowance(status));
		}
	}

	@Test
	void theNextStatusesAreTheAllowedMoves() {
		assertThat(CaseTransitionPolicy.next(CaseStatus.SUSPECTED))
			.isEqualTo(EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.ASYMPTOMATIC, CaseStatus.DIED));
		assertThat(CaseTransitionPolicy.next(CaseStatus.CONFIRMED)).isEqualTo(EnumSet.of(CaseStatus.RECOVERED, CaseStatus.DIED));
		assertThat(CaseTransitionPolicy.next(CaseStatus.DIED)).isEmpty();
		assertThat(CaseTransitionPolicy.next(CaseStatus.RECOVERED)).isEmpty();
	}
}
