package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A route goes with a person found, and only with one. */
class VerificationTests {

	@ParameterizedTest
	@EnumSource(value = VerificationOutcome.class, names = { "ALREADY_KNOWN", "NEWLY_FOUND" })
	void aFoundPersonNeedsARoute(VerificationOutcome outcome) {
		assertThatThrownBy(() -> new Verification(outcome, null, null, null).check())
			.isInstanceOf(InvalidInputException.class);
		assertThatCode(() -> new Verification(outcome, null, VerificationRoute.NO_RISK_AREA, null).check())
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = VerificationOutcome.class, names = { "NOT_LIVING_HERE", "WRONG_INFORMATION", "BEYOND_PERIOD" })
	void nobodyFoundHasNoRoute(VerificationOutcome outcome) {
		assertThatCode(() -> new Verification(outcome, "电话空号", null, null).check()).doesNotThrowAnyException();
		assertThatThrownBy(() -> new Verification(outcome, null, VerificationRoute.STAYED_IN_RISK_AREA, null).check())
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void anOutcomeIsRequiredAndTheNoteIsShort() {
		assertThatThrownBy(() -> new Verification(null, null, null, null).check()).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Verification(VerificationOutcome.BEYOND_PERIOD, "x".repeat(501), null, null).check())
			.isInstanceOf(InvalidInputException.class);
	}
}
