package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rest rules, case by case: what a person already does, the shift proposed, and the verdict. */
class RestPolicyTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	static final long HERE = 1;

	static final long THERE = 2;

	static RestPolicy.Duty duty(long checkpoint, int day, int hour, int hours) {
		LocalDateTime start = DAY.plusDays(day).atStartOfDay().plusHours(hour);
		Instant from = start.atZone(ZONE).toInstant();
		return new RestPolicy.Duty(checkpoint, from, start.plusHours(hours).atZone(ZONE).toInstant());
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("nothing else: allowed", List.of(), duty(HERE, 0, 8, 8), RestPolicy.Allowed.class),
				Arguments.of("the same hours at another checkpoint", List.of(duty(THERE, 0, 8, 8)), duty(HERE, 0, 8, 8),
						RestPolicy.OnDutyElsewhere.class),
				Arguments.of("half overlapping at another checkpoint", List.of(duty(THERE, 0, 12, 8)), duty(HERE, 0, 8, 8),
						RestPolicy.OnDutyElsewhere.class),
				Arguments.of("inside a longer duty here", List.of(duty(HERE, 0, 6, 12)), duty(HERE, 0, 8, 2),
						RestPolicy.OnDutyElsewhere.class),
				Arguments.of("straight after a shift", List.of(duty(HERE, 0, 0, 8)), duty(HERE, 0, 8, 8),
						RestPolicy.InARow.class),
				Arguments.of("straight before a shift", List.of(duty(HERE, 0, 16, 8)), duty(HERE, 0, 8, 8),
						RestPolicy.InARow.class),
				Arguments.of("straight after one elsewhere", List.of(duty(THERE, 0, 0, 8)), duty(HERE, 0, 8, 4),
						RestPolicy.InARow.class),
				Arguments.of("four hours' break", List.of(duty(HERE, 0, 0, 4)), duty(HERE, 0, 8, 4),
						RestPolicy.TooLittleRest.class),
				Arguments.of("seven hours' break before", List.of(duty(HERE, 0, 19, 4)), duty(HERE, 0, 8, 4),
						RestPolicy.TooLittleRest.class),
				Arguments.of("exactly eight hours' break", List.of(duty(HERE, 0, 0, 4)), duty(HERE, 0, 12, 8),
						RestPolicy.Allowed.class),
				Arguments.of("eight hours' break across midnight", List.of(duty(HERE, -1, 8, 8)), duty(HERE, 0, 0, 8),
						RestPolicy.Allowed.class),
				Arguments.of("twelve hours then eight on the same day", List.of(duty(HERE, 0, 0, 4)), duty(HERE, 0, 12, 12),
						RestPolicy.TooManyHours.class),
				Arguments.of("twelve hours in one shift", List.of(), duty(HERE, 0, 8, 12), RestPolicy.Allowed.class),
				Arguments.of("thirteen hours in one shift", List.of(), duty(HERE, 0, 8, 13), RestPolicy.TooManyHours.class),
				Arguments.of("a night shift split over two days", List.of(duty(HERE, 0, 8, 4)), duty(HERE, 0, 20, 12),
						RestPolicy.Allowed.class),
				Arguments.of("a night shift over the next day's limit", List.of(duty(HERE, 1, 16, 6)), duty(HERE, 0, 20, 12),
						RestPolicy.TooManyHours.class),
				Arguments.of("far apart", List.of(duty(HERE, -3, 8, 8), duty(THERE, 3, 8, 8)), duty(HERE, 0, 8, 8),
						RestPolicy.Allowed.class));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theVerdict(String name, List<RestPolicy.Duty> duties, RestPolicy.Duty proposed,
			Class<? extends RestPolicy.Verdict> expected) {
		RestPolicy.Verdict verdict = RestPolicy.DEFAULT.check(duties, proposed, ZONE);
		assertThat(verdict).isInstanceOf(expected);
		assertThat(verdict.allowed()).isEqualTo(expected == RestPolicy.Allowed.class);
	}

	@Test
	void anOverlapIsNamedBeforeTheOtherRules() {
		RestPolicy.Verdict verdict = RestPolicy.DEFAULT.check(List.of(duty(THERE, 0, 4, 8)), duty(HERE, 0, 8, 8), ZONE);
		assertThat(verdict).isEqualTo(new RestPolicy.OnDutyElsewhere(THERE));
		assertThat(verdict.rule()).isEqualTo("notTwiceAtOnce");
	}

	@Test
	void theRulesAreTheOnesGiven() {
		RestPolicy strict = new RestPolicy(8, 16);
		assertThat(strict.check(List.of(duty(HERE, 0, 0, 8)), duty(HERE, 0, 16, 8), ZONE))
			.isEqualTo(new RestPolicy.TooLittleRest(8, 16));
		assertThat(strict.check(List.of(), duty(HERE, 0, 8, 10), ZONE)).isInstanceOf(RestPolicy.TooManyHours.class);
		RestPolicy loose = new RestPolicy(24, 0);
		assertThat(loose.check(List.of(duty(HERE, 0, 0, 8)), duty(HERE, 0, 9, 8), ZONE).allowed()).isTrue();
		assertThat(loose.check(List.of(duty(HERE, 0, 0, 8)), duty(HERE, 0, 8, 8), ZONE)).isInstanceOf(RestPolicy.InARow.class);
	}

	@Test
	void theDayOverTheLimitIsNamedWithItsRule() {
		RestPolicy.Verdict verdict = RestPolicy.DEFAULT.check(List.of(duty(HERE, 0, 0, 6)), duty(HERE, 0, 14, 8), ZONE);
		assertThat(verdict).isEqualTo(new RestPolicy.TooManyHours(DAY, 14 * 60, 12));
		assertThat(verdict.rule()).isEqualTo("maxHoursPerDay");
		assertThat(verdict.arguments()).containsExactly(DAY.toString(), 12);
	}
}
