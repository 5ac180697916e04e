package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationPeriodTest {

	private static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	@Test
	void fourteenDaysFromTheFirstOfFebruaryAreCheckedOnTheFirstToTheFourteenthAndEndOnTheFifteenth() {
		ObservationPeriod period = new ObservationPeriod(FEB_1, 14);
		assertThat(period.checkDates()).hasSize(14).first().isEqualTo(FEB_1);
		assertThat(period.checkDates()).last().isEqualTo(LocalDate.of(2020, 2, 14));
		assertThat(period.lastCheckDate()).isEqualTo(LocalDate.of(2020, 2, 14));
		assertThat(period.endDate()).isEqualTo(LocalDate.of(2020, 2, 15));
	}

	@Test
	void theDaysCoveredAreTheStartUpToButNotTheEnd() {
		ObservationPeriod period = new ObservationPeriod(FEB_1, 14);
		assertThat(period.covers(LocalDate.of(2020, 1, 31))).isFalse();
		assertThat(period.covers(FEB_1)).isTrue();
		assertThat(period.covers(LocalDate.of(2020, 2, 14))).isTrue();
		assertThat(period.covers(LocalDate.of(2020, 2, 15))).isFalse();
	}

	@ParameterizedTest(name = "{0} + {1} days ends on {2}")
	@CsvSource({
			// 2020 is a leap year: the 29th of February is a day of checks.
			"2020-02-20, 14, 2020-03-05",
			"2021-02-20, 14, 2021-03-06",
			"2020-02-29, 1, 2020-03-01",
			"2020-01-31, 14, 2020-02-14",
			"2020-04-30, 14, 2020-05-14",
			"2019-12-25, 14, 2020-01-08",
			"2020-12-31, 1, 2021-01-01",
			"2024-02-16, 14, 2024-03-01",
			"2100-02-20, 14, 2100-03-06" })
	void monthEndsAndLeapYears(LocalDate start, int days, LocalDate end) {
		ObservationPeriod period = new ObservationPeriod(start, days);
		assertThat(period.endDate()).isEqualTo(end);
		assertThat(period.checkDates()).hasSize(days).doesNotHaveDuplicates();
		assertThat(period.checkDates()).last().isEqualTo(end.minusDays(1));
	}

	@Test
	void aLeapYearFebruaryHasTwentyNineDaysOfChecks() {
		ObservationPeriod period = new ObservationPeriod(FEB_1, 29);
		assertThat(period.checkDates()).contains(LocalDate.of(2020, 2, 29));
		assertThat(period.endDate()).isEqualTo(LocalDate.of(2020, 3, 1));
	}

	@Test
	void anExtensionAddsDaysAfterTheOldEnd() {
		ObservationPeriod period = new ObservationPeriod(FEB_1, 14);
		assertThat(period.datesAddedBy(7)).hasSize(7).first().isEqualTo(LocalDate.of(2020, 2, 15));
		assertThat(period.datesAddedBy(7)).last().isEqualTo(LocalDate.of(2020, 2, 21));
		ObservationPeriod longer = period.extendedBy(7);
		assertThat(longer.endDate()).isEqualTo(LocalDate.of(2020, 2, 22));
		assertThat(longer.checkDates()).hasSize(21);
		assertThat(longer.startDate()).isEqualTo(FEB_1);
	}

	@Test
	void anExtensionOverTheLeapDay() {
		ObservationPeriod period = new ObservationPeriod(LocalDate.of(2020, 2, 14), 14);
		assertThat(period.datesAddedBy(2)).containsExactly(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 2, 29));
	}

	@Test
	void periodsOutsideOneToNinetyDaysAndExtensionsOfNothingAreRefused() {
		assertThatThrownBy(() -> new ObservationPeriod(FEB_1, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ObservationPeriod(FEB_1, 91)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ObservationPeriod(null, 14)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ObservationPeriod(FEB_1, 14).extendedBy(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ObservationPeriod(FEB_1, 80).extendedBy(11)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new ObservationPeriod(FEB_1, 90).checkDates()).hasSize(90);
	}
}
