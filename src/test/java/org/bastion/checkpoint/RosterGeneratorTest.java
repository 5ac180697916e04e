package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generator over every pattern: coverage, leaders, rest rules, the rotation's teams, and gaps where nobody may go. */
class RosterGeneratorTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	final RosterGenerator generator = new RosterGenerator(RestPolicy.DEFAULT, ZONE);

	static List<Long> pool(int size) {
		return LongStream.rangeClosed(1, size).boxed().toList();
	}

	static RosterGenerator.Request request(ShiftPattern pattern, List<Long> pool, Set<Long> leaders, int min, int days) {
		List<ShiftPattern.Slot> custom = List.of(new ShiftPattern.Slot(LocalTime.of(6, 0), 6),
				new ShiftPattern.Slot(LocalTime.of(18, 0), 6));
		return new RosterGenerator.Request(7, MONDAY, MONDAY.plusDays(days - 1), pattern, custom, pool, leaders, min,
				Map.of(), Set.of(), day -> true);
	}

	@ParameterizedTest
	@EnumSource(ShiftPattern.class)
	void aBigEnoughPoolFillsEveryShiftWithALeaderWithinTheRestRules(ShiftPattern pattern) {
		List<RosterGenerator.Planned> shifts = generator.generate(request(pattern, pool(16), Set.of(), 2, 7));
		int perDay = pattern.slots(request(pattern, pool(1), Set.of(), 1, 1).slots()).size();
		assertThat(shifts).hasSize(7 * perDay);
		assertThat(shifts).allSatisfy(s -> {
			assertThat(s.people()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
			assertThat(s.leader()).isNotNull();
			assertThat(s.people()).contains(s.leader());
			assertThat(s.gap(2)).isFalse();
		});
		assertWithinRules(shifts);
	}

	@Test
	void threeEightsCoverTheDayOnTheFieldClock() {
		List<RosterGenerator.Planned> day = generator.generate(request(ShiftPattern.THREE_EIGHTS, pool(9), Set.of(), 1, 1));
		assertThat(day).extracting(s -> s.start().atZone(ZONE).toLocalTime())
			.containsExactly(LocalTime.MIDNIGHT, LocalTime.of(8, 0), LocalTime.of(16, 0));
		assertThat(day.getLast().end()).isEqualTo(MONDAY.plusDays(1).atStartOfDay(ZONE).toInstant());
		assertThat(day).allSatisfy(s -> assertThat(s.day()).isEqualTo(MONDAY));
	}

	@Test
	void twoTwelvesRunOvernight() {
		List<RosterGenerator.Planned> day = generator.generate(request(ShiftPattern.TWO_TWELVES, pool(6), Set.of(), 1, 1));
		assertThat(day).hasSize(2);
		assertThat(Duration.between(day.get(1).start(), day.get(1).end())).isEqualTo(Duration.ofHours(12));
		assertThat(day.get(1).end().atZone(ZONE).toLocalDateTime()).isEqualTo(MONDAY.plusDays(1).atTime(8, 0));
	}

	@Test
	void theFourShiftRotationRestsOneTeamEachDayAndKeepsTeamsTogether() {
		List<Long> pool = pool(8);
		List<RosterGenerator.Planned> shifts = generator.generate(request(ShiftPattern.FOUR_SHIFT, pool, Set.of(), 2, 8));
		Map<LocalDate, List<Long>> working = new HashMap<>();
		for (RosterGenerator.Planned s : shifts) {
			assertThat(s.people()).hasSize(2);
			// Teams are cut in the pool's order: 1 and 5 are team 0, 2 and 6 team 1, ...
			assertThat((s.people().get(0) - 1) % 4).isEqualTo((s.people().get(1) - 1) % 4);
			working.computeIfAbsent(s.day(), d -> new ArrayList<>()).addAll(s.people());
		}
		assertThat(working).hasSize(8);
		working.values().forEach(people -> assertThat(people).hasSize(6).doesNotHaveDuplicates());
		for (long person : pool) {
			long daysOff = working.values().stream().filter(people -> !people.contains(person)).count();
			assertThat(daysOff).as("days off of %s", person).isEqualTo(2);
		}
		assertWithinRules(shifts);
	}

	@Test
	void tooSmallAPoolLeavesGapsRatherThanBreakingTheRules() {
		List<RosterGenerator.Planned> shifts = generator.generate(request(ShiftPattern.THREE_EIGHTS, pool(2), Set.of(), 1, 3));
		assertThat(shifts).hasSize(9);
		assertThat(shifts).anySatisfy(s -> assertThat(s.gap(1)).isTrue());
		assertThat(shifts.stream().filter(s -> !s.gap(1))).isNotEmpty();
		assertWithinRules(shifts);
	}

	@Test
	void onlyTheNamedLeadersLeadAndWithoutThemTheShiftHasNoLeader() {
		List<RosterGenerator.Planned> shifts = generator.generate(request(ShiftPattern.TWO_TWELVES, pool(8), Set.of(3L), 2, 2));
		assertThat(shifts).hasSize(4);
		assertThat(shifts).allSatisfy(s -> assertThat(s.leader() == null || s.leader() == 3L).isTrue());
		assertThat(shifts.stream().filter(s -> s.leader() == null)).isNotEmpty();
		assertThat(shifts.stream().filter(s -> s.leader() == null)).allSatisfy(s -> assertThat(s.gap(2)).isTrue());
	}

	@Test
	void dutiesElsewhereAndShiftsAlreadyThereAreRespected() {
		RosterGenerator.Request base = request(ShiftPattern.THREE_EIGHTS, List.of(1L), Set.of(), 1, 1);
		RestPolicy.Duty elsewhere = new RestPolicy.Duty(99, MONDAY.atStartOfDay(ZONE).toInstant(),
				MONDAY.atTime(8, 0).atZone(ZONE).toInstant());
		RosterGenerator.Request busy = new RosterGenerator.Request(7, MONDAY, MONDAY, ShiftPattern.THREE_EIGHTS, List.of(),
				List.of(1L), Set.of(), 1, Map.of(1L, List.of(elsewhere)),
				Set.of(MONDAY.atTime(16, 0).atZone(ZONE).toInstant()), day -> true);
		List<RosterGenerator.Planned> shifts = generator.generate(busy);
		assertThat(shifts).extracting(RosterGenerator.Planned::slot).containsExactly(0, 1);
		assertThat(shifts.get(0).people()).isEmpty();
		// 08:00 follows the duty elsewhere straight on: not in a row either.
		assertThat(shifts.get(1).people()).isEmpty();
		assertThat(generator.generate(base).getFirst().people()).containsExactly(1L);
	}

	@Test
	void closedDaysGetNoShifts() {
		RosterGenerator.Request request = new RosterGenerator.Request(7, MONDAY, MONDAY.plusDays(2),
				ShiftPattern.TWO_TWELVES, List.of(), pool(6), Set.of(), 1, Map.of(), Set.of(), day -> !day.equals(MONDAY));
		assertThat(generator.generate(request)).extracting(RosterGenerator.Planned::day).doesNotContain(MONDAY).hasSize(4);
	}

	@Test
	void hoursSpreadOverThePool() {
		List<RosterGenerator.Planned> shifts = generator.generate(request(ShiftPattern.THREE_EIGHTS, pool(6), Set.of(), 1, 6));
		Map<Long, Integer> count = new HashMap<>();
		shifts.forEach(s -> s.people().forEach(p -> count.merge(p, 1, Integer::sum)));
		assertThat(count).hasSize(6);
		assertThat(count.values()).allSatisfy(n -> assertThat(n).isBetween(2, 4));
	}

	/** Every person's shifts, checked one against the others by the policy itself. */
	private static void assertWithinRules(List<RosterGenerator.Planned> shifts) {
		Map<Long, List<RestPolicy.Duty>> byPerson = new HashMap<>();
		for (RosterGenerator.Planned s : shifts) {
			for (Long p : s.people()) {
				byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(new RestPolicy.Duty(7, s.start(), s.end()));
			}
		}
		byPerson.forEach((person, duties) -> {
			for (RestPolicy.Duty duty : duties) {
				List<RestPolicy.Duty> others = duties.stream().filter(d -> d != duty).toList();
				assertThat(RestPolicy.DEFAULT.check(others, duty, ZONE).allowed()).as("%s at %s", person, duty.start()).isTrue();
			}
		});
	}
}
