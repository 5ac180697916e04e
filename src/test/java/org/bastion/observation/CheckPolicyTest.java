package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckPolicyTest {

	private static final ObservationPeriod FEB = new ObservationPeriod(LocalDate.of(2020, 2, 1), 14);

	private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);

	private static final List<CheckWindow> TWICE = CheckWindow.parseAll("08:00-12:00,14:00-18:00");

	@ParameterizedTest(name = "{0} °C is kept as {1}")
	@CsvSource({ "35.0, 35.0", "35, 35.0", "36.55, 36.6", "37.25, 37.3", "42.0, 42.0", "41.96, 42.0" })
	void temperaturesFrom35To42AreKeptToOneDecimal(String given, String kept) {
		var checked = CheckPolicy.check(FEB, 2, TODAY, null, new BigDecimal(given), List.of(), TODAY);
		assertThat(checked.temperature()).isEqualTo(new BigDecimal(kept));
	}

	@ParameterizedTest
	@CsvSource({ "34.9", "34.94", "42.1", "42.05", "0", "-1", "365" })
	void temperaturesOutside35To42AreRefusedNamingTheField(String given) {
		assertThat(violations(TODAY, null, new BigDecimal(given), List.of()))
			.containsExactly(new Rule("temperature", "range"));
	}

	@Test
	void aMissingTemperatureOrDateIsRefused() {
		assertThat(violations(null, null, null, List.of())).containsExactly(new Rule("date", "required"),
				new Rule("temperature", "required"));
	}

	@Test
	void theDateIsADayOfTheOrderThatHasCome() {
		assertThat(violations(LocalDate.of(2020, 1, 31), null, new BigDecimal("36.5"), List.of()))
			.containsExactly(new Rule("date", "beforeStart"));
		assertThat(violations(LocalDate.of(2020, 2, 11), null, new BigDecimal("36.5"), List.of()))
			.containsExactly(new Rule("date", "future"));
		var afterEnd = catchThrowableOfType(InvalidInputException.class, () -> CheckPolicy.check(FEB, 2,
				LocalDate.of(2020, 2, 15), null, new BigDecimal("36.5"), List.of(), LocalDate.of(2020, 3, 1)));
		assertThat(afterEnd.violations()).extracting(FieldViolation::rule).containsExactly("afterEnd");
		assertThat(CheckPolicy.check(FEB, 2, LocalDate.of(2020, 2, 14), null, new BigDecimal("36.5"), List.of(),
				LocalDate.of(2020, 3, 1)).date()).isEqualTo(LocalDate.of(2020, 2, 14));
		assertThat(CheckPolicy.check(FEB, 2, LocalDate.of(2020, 2, 1), 1, new BigDecimal("36.5"), List.of(), TODAY).slot())
			.isEqualTo(1);
	}

	@Test
	void slotsAndSymptomsComeFromTheirLists() {
		assertThat(violations(TODAY, 3, new BigDecimal("36.5"), List.of())).containsExactly(new Rule("slot", "range"));
		assertThat(violations(TODAY, 0, new BigDecimal("36.5"), List.of())).containsExactly(new Rule("slot", "range"));
		assertThat(violations(TODAY, 1, new BigDecimal("36.5"), List.of("SNEEZE")))
			.containsExactly(new Rule("symptoms", "known"));
		var checked = CheckPolicy.check(FEB, 2, TODAY, 2, new BigDecimal("36.5"), List.of("COUGH", " FATIGUE", "COUGH"), TODAY);
		assertThat(checked.symptoms()).isEqualTo(Set.of(Symptom.COUGH, Symptom.FATIGUE));
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(violations(LocalDate.of(2020, 3, 1), 5, new BigDecimal("50"), List.of("X")))
			.containsExactly(new Rule("date", "future"), new Rule("slot", "range"), new Rule("temperature", "range"),
					new Rule("symptoms", "known"));
	}

	@Test
	void todaysCheckIsForTheWindowThatStartedLast() {
		assertThat(CheckPolicy.chooseSlot(TWICE, TODAY, TODAY, LocalTime.of(6, 30), Set.of())).isEqualTo(1);
		assertThat(CheckPolicy.chooseSlot(TWICE, TODAY, TODAY, LocalTime.of(9, 0), Set.of())).isEqualTo(1);
		assertThat(CheckPolicy.chooseSlot(TWICE, TODAY, TODAY, LocalTime.of(13, 0), Set.of(1))).isEqualTo(1);
		assertThat(CheckPolicy.chooseSlot(TWICE, TODAY, TODAY, LocalTime.of(14, 0), Set.of())).isEqualTo(2);
		assertThat(CheckPolicy.chooseSlot(TWICE, TODAY, TODAY, LocalTime.of(22, 0), Set.of(1, 2))).isEqualTo(2);
		assertThat(CheckPolicy.chooseSlot(CheckWindow.parseAll("08:00-18:00"), TODAY, TODAY, LocalTime.of(20, 0), Set.of()))
			.isEqualTo(1);
	}

	@Test
	void aCheckForAnEarlierDayFillsTheFirstEmptySlot() {
		LocalDate yesterday = TODAY.minusDays(1);
		assertThat(CheckPolicy.chooseSlot(TWICE, yesterday, TODAY, LocalTime.of(9, 0), Set.of())).isEqualTo(1);
		assertThat(CheckPolicy.chooseSlot(TWICE, yesterday, TODAY, LocalTime.of(9, 0), Set.of(1))).isEqualTo(2);
		assertThat(CheckPolicy.chooseSlot(TWICE, yesterday, TODAY, LocalTime.of(9, 0), Set.of(1, 2))).isEqualTo(2);
		assertThat(CheckPolicy.chooseSlot(TWICE, yesterday, TODAY, LocalTime.of(9, 0), Set.of(2))).isEqualTo(1);
	}

	private static final LocalDate YESTERDAY = TODAY.minusDays(1);

	private static List<CheckPolicy.DaySlot> day(LocalDate date, Integer... filled) {
		List<Integer> full = List.of(filled);
		return List.of(new CheckPolicy.DaySlot(date, 1, TWICE.get(0), full.contains(1)),
				new CheckPolicy.DaySlot(date, 2, TWICE.get(1), full.contains(2)));
	}

	private static LocalDateTime at(String time) {
		return TODAY.atTime(LocalTime.parse(time));
	}

	private static CheckPolicy.Placement place(List<CheckPolicy.DaySlot> slots, String time, String now, Integer picked) {
		LocalDate date = slots.getFirst().date();
		return CheckPolicy.placeReading(slots, date, time == null ? null : LocalTime.parse(time), at(now), picked);
	}

	private static String refusal(CheckPolicy.Placement placement) {
		assertThat(placement).isInstanceOf(CheckPolicy.Refused.class);
		FieldViolation reason = ((CheckPolicy.Refused) placement).reason();
		assertThat(reason.field()).isEqualTo("slot");
		assertThat(reason.messageKey()).isEqualTo("check.slot." + reason.rule());
		return reason.rule();
	}

	@Test
	void aReadingAt0237FillsNoWindowInsteadOfTheMorningOne() {
		var placement = place(day(TODAY), null, "02:37", null);
		assertThat(refusal(placement)).isEqualTo("closed");
		assertThat(((CheckPolicy.Refused) placement).reason().arguments()).containsExactly(LocalTime.of(2, 37));
	}

	@ParameterizedTest(name = "at {0} the reading goes to slot {1}")
	@CsvSource({ "08:00, 1", "09:30, 1", "11:59:59, 1", "14:00, 2", "17:59, 2" })
	void aReadingGoesToTheSlotWhoseWindowHoldsItsTime(String now, int slot) {
		assertThat(place(day(TODAY), null, now, null)).isEqualTo(new CheckPolicy.ToSlot(day(TODAY).get(slot - 1)));
	}

	@ParameterizedTest(name = "at {0} no window is open")
	@CsvSource({ "07:59:59", "12:00", "13:59", "18:00", "23:59" })
	void aWindowEndsBeforeItsEndTimeAndBetweenWindowsNothingIsOpen(String now) {
		assertThat(refusal(place(day(TODAY), null, now, null))).isEqualTo("closed");
	}

	@Test
	void aTimeTheWorkerGivesPlacesTheReadingEvenDaysLater() {
		assertThat(place(day(TODAY.minusDays(3)), "15:10", "02:00", null))
			.isEqualTo(new CheckPolicy.ToSlot(day(TODAY.minusDays(3)).get(1)));
		assertThat(refusal(place(day(TODAY), "15:10", "09:00", null))).as("a time still to come").isEqualTo("future");
		assertThat(refusal(place(day(YESTERDAY), null, "09:00", null))).as("an earlier day without time or slot")
			.isEqualTo("required");
	}

	@Test
	void aFilledSlotTakesNoSecondReading() {
		assertThat(refusal(place(day(TODAY, 1), null, "09:00", null))).isEqualTo("filled");
		assertThat(refusal(place(day(TODAY, 1), null, "13:00", 1))).isEqualTo("filled");
		assertThat(refusal(place(day(YESTERDAY, 2), null, "09:00", 2))).isEqualTo("filled");
		assertThat(place(day(TODAY, 1), null, "15:00", null)).isEqualTo(new CheckPolicy.ToSlot(day(TODAY, 1).get(1)));
	}

	@Test
	void aPickedSlotOpenNowIsFilledInItsWindow() {
		assertThat(place(day(TODAY), null, "09:00", 1)).isEqualTo(new CheckPolicy.ToSlot(day(TODAY).get(0)));
		assertThat(place(day(TODAY), "07:30", "09:00", 1)).as("picked and open, whatever the time typed")
			.isEqualTo(new CheckPolicy.ToSlot(day(TODAY).get(0)));
	}

	@Test
	void aMissedSlotOfTodayOrYesterdayPickedExplicitlyIsFilledLate() {
		assertThat(place(day(TODAY), null, "13:00", 1)).isEqualTo(new CheckPolicy.Late(day(TODAY).get(0)));
		assertThat(place(day(TODAY), null, "12:00", 1)).as("at the window's end").isEqualTo(new CheckPolicy.Late(day(TODAY).get(0)));
		assertThat(place(day(YESTERDAY), null, "02:37", 2)).isEqualTo(new CheckPolicy.Late(day(YESTERDAY).get(1)));
		assertThat(place(day(YESTERDAY), "09:15", "02:37", 1)).as("yesterday, in its window")
			.isEqualTo(new CheckPolicy.ToSlot(day(YESTERDAY).get(0)));
		assertThat(refusal(place(day(TODAY.minusDays(2)), null, "09:00", 1))).isEqualTo("tooLate");
	}

	@Test
	void aSlotStillToComeOrNotOfTheDayIsRefused() {
		assertThat(refusal(place(day(TODAY), null, "09:00", 2))).isEqualTo("future");
		assertThat(refusal(place(day(TODAY), null, "02:37", 1))).isEqualTo("future");
		assertThat(refusal(place(day(TODAY), null, "13:59", 2))).isEqualTo("future");
		assertThat(refusal(place(day(TODAY), null, "09:00", 3))).isEqualTo("missing");
	}

	@Test
	void theFormOffersTheSlotOpenNowFirstThenTodaysAndYesterdaysMissedOnes() {
		List<CheckPolicy.DaySlot> twoDays = new java.util.ArrayList<>(day(YESTERDAY, 2));
		twoDays.addAll(day(TODAY));
		assertThat(CheckPolicy.choices(twoDays, at("15:00"))).extracting(CheckPolicy.SlotChoice::value,
				CheckPolicy.SlotChoice::late)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2020-02-10/2", false),
					org.assertj.core.groups.Tuple.tuple("2020-02-10/1", true),
					org.assertj.core.groups.Tuple.tuple("2020-02-09/1", true));
		assertThat(CheckPolicy.choices(twoDays, at("02:37"))).as("at night only yesterday's missed slot")
			.extracting(CheckPolicy.SlotChoice::value)
			.containsExactly("2020-02-09/1");
	}

	record Rule(String field, String rule) {
	}

	private static List<Rule> violations(LocalDate date, Integer slot, BigDecimal temperature, List<String> symptoms) {
		var refused = catchThrowableOfType(InvalidInputException.class,
				() -> CheckPolicy.check(FEB, 2, date, slot, temperature, symptoms, TODAY));
		assertThat(refused).as("refused").isNotNull();
		return refused.violations().stream().map(v -> new Rule(v.field(), v.rule())).toList();
	}
}
