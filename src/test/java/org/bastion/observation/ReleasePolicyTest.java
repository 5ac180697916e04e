package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.FieldViolation;
import org.junit.jupiter.api.Test;

class ReleasePolicyTest {

	private static final ObservationPeriod FEB = new ObservationPeriod(LocalDate.of(2020, 2, 1), 14);

	private static final LocalDate END = LocalDate.of(2020, 2, 15);

	@Test
	void onTheEndDateWithANormalLastCheckAnyWriterReleases() {
		assertThat(ReleasePolicy.decide(FEB, false, END, null, END, false)).isEqualTo(new ReleasePolicy.Allowance(false));
		assertThat(ReleasePolicy.decide(FEB, false, END.plusDays(3), null, END.plusDays(5), false))
			.isEqualTo(new ReleasePolicy.Allowance(false));
	}

	@Test
	void theLastCheckMustBeNormalAndThere() {
		assertThat(rules(ReleasePolicy.decide(FEB, true, END, null, END, true))).containsExactly("lastCheck:normal");
		assertThat(rules(ReleasePolicy.decide(FEB, null, END, null, END, true))).containsExactly("lastCheck:required");
	}

	@Test
	void beforeTheEndDateOnlyHqOrMedicalStaffWithAReason() {
		LocalDate early = END.minusDays(3);
		assertThat(ReleasePolicy.decide(FEB, false, early, "转院", END, false))
			.isEqualTo(new ReleasePolicy.Refusal("release.early.role"));
		assertThat(rules(ReleasePolicy.decide(FEB, false, early, null, END, true))).containsExactly("reason:required");
		assertThat(rules(ReleasePolicy.decide(FEB, false, early, "  ", END, true))).containsExactly("reason:required");
		assertThat(ReleasePolicy.decide(FEB, false, early, "核酸检测阴性，提前解除", END, true))
			.isEqualTo(new ReleasePolicy.Allowance(true));
		assertThat(rules(ReleasePolicy.decide(FEB, true, early, "核酸检测阴性", END, true))).containsExactly("lastCheck:normal");
		assertThat(ReleasePolicy.decide(FEB, false, END.minusDays(1), "x", END, true)).isEqualTo(new ReleasePolicy.Allowance(true));
	}

	@Test
	void neverOnADayToComeOrBeforeTheStart() {
		assertThat(rules(ReleasePolicy.decide(FEB, false, END.plusDays(1), null, END, true))).containsExactly("date:future");
		assertThat(rules(ReleasePolicy.decide(FEB, false, LocalDate.of(2020, 1, 30), "x", END, true)))
			.containsExactly("date:beforeStart");
		assertThat(rules(ReleasePolicy.decide(FEB, false, null, null, END, true))).containsExactly("date:required");
	}

	private static List<String> rules(ReleasePolicy.Decision decision) {
		assertThat(decision).isInstanceOf(ReleasePolicy.Invalid.class);
		return ((ReleasePolicy.Invalid) decision).violations()
			.stream()
			.map((FieldViolation v) -> v.field() + ":" + v.rule())
			.toList();
	}
}
