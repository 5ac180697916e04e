package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckWindowTest {

	@Test
	void windowsAreReadAndWrittenAsTheSettingsStoreThem() {
		List<CheckWindow> windows = CheckWindow.parseAll("08:00-12:00,14:00-18:00");
		assertThat(windows).containsExactly(new CheckWindow(LocalTime.of(8, 0), LocalTime.of(12, 0)),
				new CheckWindow(LocalTime.of(14, 0), LocalTime.of(18, 0)));
		assertThat(CheckWindow.formatAll(windows)).isEqualTo("08:00-12:00,14:00-18:00");
		assertThat(CheckWindow.parse(" 07:30 - 09:00 ").toString()).isEqualTo("07:30-09:00");
	}

	@Test
	void aWindowEndsAfterItStartsAndIsWrittenHoursDashHours() {
		assertThatThrownBy(() -> CheckWindow.parse("12:00-08:00")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CheckWindow.parse("08:00-08:00")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CheckWindow.parse("8点-12点")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CheckWindow.parse("08:00")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDayHasOneToThreeWindowsInOrderWithoutOverlap() {
		assertThat(CheckWindow.validDay(CheckWindow.parseAll("08:00-18:00"))).isTrue();
		assertThat(CheckWindow.validDay(CheckWindow.parseAll("07:00-10:00,12:00-15:00,18:00-21:00"))).isTrue();
		assertThat(CheckWindow.validDay(CheckWindow.parseAll("08:00-12:00,12:00-18:00"))).isTrue();
		assertThat(CheckWindow.validDay(List.of())).isFalse();
		assertThat(CheckWindow.validDay(CheckWindow.parseAll("08:00-12:00,11:00-18:00"))).isFalse();
		assertThat(CheckWindow.validDay(CheckWindow.parseAll("14:00-18:00,08:00-12:00"))).isFalse();
		assertThat(CheckWindow.validDay(CheckWindow.parseAll("06:00-07:00,08:00-09:00,10:00-11:00,12:00-13:00"))).isFalse();
	}

	@Test
	void theUsualWindowsFitTheirCount() {
		for (int perDay = 1; perDay <= 3; perDay++) {
			assertThat(Observations.usualWindows(perDay)).hasSize(perDay);
			assertThat(CheckWindow.validDay(Observations.usualWindows(perDay))).isTrue();
		}
	}
}
