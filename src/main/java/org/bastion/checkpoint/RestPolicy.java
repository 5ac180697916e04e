package org.bastion.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The rest rules of a roster, as one pure function: a person may take a shift unless they are then on duty
 * somewhere else (at this checkpoint or another), it follows or precedes another of their shifts with no
 * break (two shifts in a row), the break between it and another is shorter than {@code minRestHours}, or it
 * brings one of their field days over {@code maxHoursPerDay}. Every roster change asks it: the generator,
 * a hand-made assignment and a swap at its approval.
 */
record RestPolicy(int maxHoursPerDay, int minRestHours) {

	/** The rules the county works by: at most twelve hours a day, at least eight hours between shifts. */
	static final RestPolicy DEFAULT = new RestPolicy(12, 8);

	/** One stretch on duty: at which checkpoint, from when until when. */
	record Duty(long checkpointId, Instant start, Instant end) {

		boolean overlaps(Duty other) {
			return start.isBefore(other.end) && other.start.isBefore(end);
		}
	}

	/** What the rules say of a proposed duty: allowed, or the rule it breaks. */
	sealed interface Verdict permits Allowed, OnDutyElsewhere, InARow, TooLittleRest, TooManyHours {

		default boolean allowed() {
			return this instanceof Allowed;
		}

		/** The rule's name, as a field violation names it. */
		String rule();

		String messageKey();

		Object[] arguments();
	}

	record Allowed() implements Verdict {

		@Override
		public String rule() {
			return "rest";
		}

		@Override
		public String messageKey() {
			return "roster.rest.allowed";
		}

		@Override
		public Object[] arguments() {
			return new Object[0];
		}
	}

	/** On duty at the same time already, at {@code checkpointId} (this one or another). */
	record OnDutyElsewhere(long checkpointId) implements Verdict {

		@Override
		public String rule() {
			return "notTwiceAtOnce";
		}

		@Override
		public String messageKey() {
			return "roster.rest.onDuty";
		}

		@Override
		public Object[] arguments() {
			return new Object[0];
		}
	}

	/** A shift straight before or after it: no break at all. */
	record InARow() implements Verdict {

		@Override
		public String rule() {
			return "notInARow";
		}

		@Override
		public String messageKey() {
			return "roster.rest.inARow";
		}

		@Override
		public Object[] arguments() {
			return new Object[0];
		}
	}

	/** A break of {@code hours} (rounded down) where the rules ask for {@code required}. */
	record TooLittleRest(long hours, int required) implements Verdict {

		@Override
		public String rule() {
			return "minRest";
		}

		@Override
		public String messageKey() {
			return "roster.rest.tooLittle";
		}

		@Override
		public Object[] arguments() {
			return new Object[] { required };
		}
	}

	/** {@code day} would hold {@code minutes} of duty where the rules allow {@code maxHours} hours. */
	record TooManyHours(LocalDate day, long minutes, int maxHours) implements Verdict {

		@Override
		public String rule() {
			return "maxHoursPerDay";
		}

		@Override
		public String messageKey() {
			return "roster.rest.tooManyHours";
		}

		@Override
		public Object[] arguments() {
			return new Object[] { day.toString(), maxHours };
		}
	}

	RestPolicy {
		if (maxHoursPerDay < 1 || maxHoursPerDay > 24 || minRestHours < 0) {
			throw new IllegalArgumentException("rest rules out of range");
		}
	}

	/**
	 * Whether {@code person}, on duty for {@code duties} (their other duties at every checkpoint, the
	 * proposed one left out), may take {@code proposed}; days are the field's days in {@code zone}.
	 */
	Verdict check(List<Duty> duties, Duty proposed, ZoneId zone) {
		for (Duty duty : duties) {
			if (duty.overlaps(proposed)) {
				return new OnDutyElsewhere(duty.checkpointId());
			}
		}
		for (Duty duty : duties) {
			if (duty.end().equals(proposed.start()) || proposed.end().equals(duty.start())) {
				return new InARow();
			}
		}
		Duration minRest = Duration.ofHours(minRestHours);
		for (Duty duty : duties) {
			Duration rest = duty.end().isAfter(proposed.start()) ? Duration.between(proposed.end(), duty.start())
					: Duration.between(duty.end(), proposed.start());
			if (rest.compareTo(minRest) < 0) {
				return new TooLittleRest(rest.toHours(), minRestHours);
			}
		}
		LocalDate first = LocalDate.ofInstant(proposed.start(), zone);
		LocalDate last = LocalDate.ofInstant(proposed.end().minusNanos(1), zone);
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			Instant dayStart = day.atStartOfDay(zone).toInstant();
			Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
			long minutes = minutesWithin(proposed, dayStart, dayEnd);
			for (Duty duty : duties) {
				minutes += minutesWithin(duty, dayStart, dayEnd);
			}
			if (minutes > maxHoursPerDay * 60L) {
				return new TooManyHours(day, minutes, maxHoursPerDay);
			}
		}
		return new Allowed();
	}

	private static long minutesWithin(Duty duty, Instant from, Instant to) {
		Instant start = duty.start().isAfter(from) ? duty.start() : from;
		Instant end = duty.end().isBefore(to) ? duty.end() : to;
		return end.isAfter(start) ? Duration.between(start, end).toMinutes() : 0;
	}
}
