package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTransitionsTest {

	private static final Set<String> ALLOWED = Set.of("SUSPECTED>CONFIRMED", "SUSPECTED>ASYMPTOMATIC", "SUSPECTED>DIED",
			"ASYMPTOMATIC>CONFIRMED", "ASYMPTOMATIC>RECOVERED", "CONFIRMED>RECOVERED", "CONFIRMED>DIED");

	@Test
	void everyPairOfStatusesIsDecidedByTheTable() {
		for (CaseStatus from : CaseStatus.values()) {
			for (CaseStatus to : CaseStatus.values()) {
				CaseTransitions.Decision decision = CaseTransitions.move(from, to);
				if (ALLOWED.contains(from + ">" + to)) {
					assertThat(decision).as(from + ">" + to).isEqualTo(new CaseTransitions.Allowed(to));
				}
				else {
					assertThat(decision).as(from + ">" + to).isInstanceOf(CaseTransitions.Refused.class);
				}
			}
		}
	}

	@Test
	void refusalsSayWhy() {
		assertThat(CaseTransitions.move(CaseStatus.RECOVERED, CaseStatus.CONFIRMED))
			.isEqualTo(new CaseTransitions.Refused("case.status.final"));
		assertThat(CaseTransitions.move(CaseStatus.DIED, CaseStatus.DIED))
			.isEqualTo(new CaseTransitions.Refused("case.status.final"));
		assertThat(CaseTransitions.move(CaseStatus.CONFIRMED, CaseStatus.CONFIRMED))
			.isEqualTo(new CaseTransitions.Refused("case.status.same"));
		assertThat(CaseTransitions.move(CaseStatus.CONFIRMED, CaseStatus.SUSPECTED))
			.isEqualTo(new CaseTransitions.Refused("case.status.notAllowed"));
		assertThat(CaseTransitions.move(CaseStatus.SUSPECTED, CaseStatus.RECOVERED))
			.isEqualTo(new CaseTransitions.Refused("case.status.notAllowed"));
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void aCaseStartsOnlyBeforeAnOutcome(CaseStatus status) {
		if (status.outcome()) {
			assertThat(CaseTransitions.start(status)).isEqualTo(new CaseTransitions.Refused("case.status.notInitial"));
		}
		else {
			assertThat(CaseTransitions.start(status)).isEqualTo(new CaseTransitions.Allowed(status));
		}
	}

	@Test
	void theNextStatusesAreTheAllowedMoves() {
		assertThat(CaseTransitions.next(CaseStatus.SUSPECTED))
			.isEqualTo(EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.ASYMPTOMATIC, CaseStatus.DIED));
		assertThat(CaseTransitions.next(CaseStatus.CONFIRMED)).isEqualTo(EnumSet.of(CaseStatus.RECOVERED, CaseStatus.DIED));
		assertThat(CaseTransitions.next(CaseStatus.DIED)).isEmpty();
		assertThat(CaseTransitions.next(CaseStatus.RECOVERED)).isEmpty();
	}
}
