package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class FieldClockTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2020-02-03 23:59:59.999 in Shanghai is 15:59:59.999 UTC: the field's day ends eight hours before UTC's. */
	private static final Instant LAST_MILLI_OF_FEB_3 = Instant.parse("2020-02-03T15:59:59.999Z");

	private static FieldClock at(Instant instant) {
		return new FieldClock(Clock.fixed(instant, SHANGHAI));
	}

	@Test
	void todayIsTheFieldsDateNotUtcs() {
		assertThat(at(LAST_MILLI_OF_FEB_3).today()).isEqualTo(LocalDate.of(2020, 2, 3));
		assertThat(at(LAST_MILLI_OF_FEB_3.plusMillis(1)).today()).isEqualTo(LocalDate.of(2020, 2, 4));
		assertThat(at(Instant.parse("2020-02-03T16:00:00Z")).now()).isEqualTo(LocalTime.MIDNIGHT);
	}

	@Test
	void aDaysWindowRunsFromLocalMidnightToTheNext() {
		FieldClock clock = at(LAST_MILLI_OF_FEB_3);
		LocalDate day = LocalDate.of(2020, 2, 3);

		assertThat(clock.startOf(day)).isEqualTo(Instant.parse("2020-02-02T16:00:00Z"));
		assertThat(clock.endOf(day)).isEqualTo(Instant.parse("2020-02-03T16:00:00Z"));
		assertThat(clock.endOf(day)).isEqualTo(clock.startOf(day.plusDays(1)));
		assertThat(clock.dateOf(clock.startOf(day))).isEqualTo(day);
		assertThat(clock.dateOf(clock.endOf(day).minusNanos(1))).isEqualTo(day);
		assertThat(clock.dateOf(clock.endOf(day))).isEqualTo(day.plusDays(1));
	}

	@Test
	void storedInstantsReadAsTheFieldsWallClock() {
		FieldClock clock = at(LAST_MILLI_OF_FEB_3);

		assertThat(clock.zone()).isEqualTo(SHANGHAI);
		assertThat(clock.local(Instant.parse("2020-02-03T02:30:00Z"))).isEqualTo(LocalDateTime.of(2020, 2, 3, 10, 30));
		assertThat(clock.local(null)).isNull();
		assertThat(clock.dateTime()).isEqualTo(LocalDateTime.of(2020, 2, 3, 23, 59, 59, 999_000_000));
		assertThat(clock.instant()).isEqualTo(LAST_MILLI_OF_FEB_3);
	}

	@Test
	void passedWindowsAreAllOfAnEarlierDayNoneOfALaterAndTodaysUpToNow() {
		FieldClock clock = at(Instant.parse("2020-02-03T06:15:00Z"));
		LocalDate today = LocalDate.of(2020, 2, 3);

		assertThat(clock.passedBy(today.minusDays(1))).isEqualTo(LocalTime.of(23, 59, 59));
		assertThat(clock.passedBy(today)).isEqualTo(LocalTime.of(14, 15));
		assertThat(clock.passedBy(today.plusDays(1))).isNull();
	}

	@Test
	void justAfterMidnightYesterdayHasPassedWhole() {
		FieldClock clock = at(Instant.parse("2020-02-03T16:00:01Z"));

		assertThat(clock.passedBy(LocalDate.of(2020, 2, 3))).isEqualTo(LocalTime.of(23, 59, 59));
		assertThat(clock.passedBy(LocalDate.of(2020, 2, 4))).isEqualTo(LocalTime.of(0, 0, 1));
	}
}
