package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.junit.jupiter.api.Test;

/** The window arithmetic: 16:00 to 16:00 across midnight and the zone, changes of the cut-off, deadlines. */
class ReportCalendarTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final LocalDate FESTIVAL = LocalDate.of(2020, 1, 25);

	private static ReportCutoff cutoff(LocalDate from, String cutoff, String village, String township) {
		return new ReportCutoff(from, LocalTime.parse(cutoff), LocalTime.parse(village), LocalTime.parse(township));
	}

	private static final ReportCalendar SIXTEEN = new ReportCalendar(
			List.of(cutoff(LocalDate.of(2000, 1, 1), "16:00", "16:00", "18:00")), SHANGHAI);

	@Test
	void aWindowRunsFromFourPmTheDayBeforeToFourPmInTheFieldsZone() {
		ReportWindow window = SIXTEEN.window(FESTIVAL);

		// 16:00 in Shanghai is 08:00 UTC.
		assertThat(window.from()).isEqualTo(Instant.parse("2020-01-24T08:00:00Z"));
		assertThat(window.to()).isEqualTo(Instant.parse("2020-01-25T08:00:00Z"));
	}

	@Test
	void aRecordAfterMidnightBelongsToTheSameWindowAsTheEveningBefore() {
		Instant evening = Instant.parse("2020-01-24T12:30:00Z"); // 20:30 on the 24th
		Instant pastMidnight = Instant.parse("2020-01-24T17:30:00Z"); // 01:30 on the 25th

		assertThat(SIXTEEN.dateOf(evening)).isEqualTo(FESTIVAL);
		assertThat(SIXTEEN.dateOf(pastMidnight)).isEqualTo(FESTIVAL);
		assertThat(SIXTEEN.window(FESTIVAL).contains(evening)).isTrue();
		assertThat(SIXTEEN.window(FESTIVAL).contains(pastMidnight)).isTrue();
	}

	@Test
	void theCutOffItselfOpensTheNextWindow() {
		Instant fourPm = Instant.parse("2020-01-25T08:00:00Z");

		assertThat(SIXTEEN.window(FESTIVAL).contains(fourPm)).isFalse();
		assertThat(SIXTEEN.window(FESTIVAL.plusDays(1)).contains(fourPm)).isTrue();
		assertThat(SIXTEEN.dateOf(fourPm)).isEqualTo(FESTIVAL.plusDays(1));
		assertThat(SIXTEEN.dateOf(fourPm.minusMillis(1))).isEqualTo(FESTIVAL);
	}

	@Test
	void consecutiveWindowsMeetWithoutGapOrOverlapAcrossAChangeOfTheCutOff() {
		ReportCalendar calendar = new ReportCalendar(List.of(cutoff(LocalDate.of(2000, 1, 1), "16:00", "16:00", "18:00"),
				cutoff(FESTIVAL, "20:00", "20:00", "21:00"), cutoff(FESTIVAL.plusDays(3), "08:00", "09:00", "10:00")),
				SHANGHAI);

		for (LocalDate date = FESTIVAL.minusDays(3); date.isBefore(FESTIVAL.plusDays(6)); date = date.plusDays(1)) {
			ReportWindow window = calendar.window(date);
			assertThat(window.from()).isEqualTo(calendar.window(date.minusDays(1)).to());
			assertThat(window.to()).isAfter(window.from());
		}
		// The day of the change runs from 16:00 to 20:00 of the next day: 28 hours, nothing lost.
		assertThat(calendar.window(FESTIVAL).from()).isEqualTo(Instant.parse("2020-01-24T08:00:00Z"));
		assertThat(calendar.window(FESTIVAL).to()).isEqualTo(Instant.parse("2020-01-25T12:00:00Z"));
		// Moving the cut-off earlier shortens one window to 12 hours.
		assertThat(calendar.window(FESTIVAL.plusDays(3)).from()).isEqualTo(Instant.parse("2020-01-27T12:00:00Z"));
		assertThat(calendar.window(FESTIVAL.plusDays(3)).to()).isEqualTo(Instant.parse("2020-01-28T00:00:00Z"));
	}

	@Test
	void aMidnightCutOffMakesTheWindowTheCalendarDay() {
		ReportCalendar midnight = new ReportCalendar(List.of(cutoff(LocalDate.of(2000, 1, 1), "00:00", "09:00", "10:00")),
				SHANGHAI);

		assertThat(midnight.window(FESTIVAL).from()).isEqualTo(FESTIVAL.atStartOfDay(SHANGHAI).toInstant());
		assertThat(midnight.window(FESTIVAL).to()).isEqualTo(FESTIVAL.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
		assertThat(midnight.dateOf(Instant.parse("2020-01-25T15:59:59Z"))).isEqualTo(FESTIVAL);
		assertThat(midnight.dateOf(Instant.parse("2020-01-25T16:00:00Z"))).isEqualTo(FESTIVAL.plusDays(1));
	}

	@Test
	void villagesAreDueAtTheCutOffAndTownshipsLater() {
		assertThat(SIXTEEN.deadline(FESTIVAL, false)).isEqualTo(Instant.parse("2020-01-25T08:00:00Z"));
		assertThat(SIXTEEN.deadline(FESTIVAL, true)).isEqualTo(Instant.parse("2020-01-25T10:00:00Z"));
	}

	@Test
	void aDeadlineBeforeTheWindowClosesIsMovedToTheClose() {
		ReportCalendar calendar = new ReportCalendar(List.of(cutoff(LocalDate.of(2000, 1, 1), "16:00", "12:00", "12:00")),
				SHANGHAI);

		assertThat(calendar.deadline(FESTIVAL, false)).isEqualTo(calendar.window(FESTIVAL).to());
	}

	@Test
	void aChangeTakesEffectFromTomorrowAtTheEarliest() {
		LocalDate today = FESTIVAL;

		assertThat(ReportCalendar.problems(cutoff(today, "18:00", "18:00", "19:00"), today))
			.extracting(v -> v.field() + ":" + v.rule())
			.containsExactly("effectiveFrom:future");
		assertThat(ReportCalendar.problems(cutoff(today.plusDays(1), "18:00", "18:00", "19:00"), today)).isEmpty();
	}

	@Test
	void townshipsAreNotDueBeforeTheirVillages() {
		assertThat(ReportCalendar.problems(cutoff(FESTIVAL.plusDays(1), "16:00", "17:00", "16:30"), FESTIVAL))
			.extracting(v -> v.field() + ":" + v.rule())
			.containsExactly("townshipDeadline:order");
	}

	@Test
	void everyMissingPartIsNamed() {
		assertThat(ReportCalendar.problems(new ReportCutoff(null, null, null, null), FESTIVAL))
			.extracting(v -> v.field())
			.containsExactly("effectiveFrom", "cutoff", "villageDeadline", "townshipDeadline");
	}
}
