package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lays a checkpoint's shifts over a range of field days and fills them from a pool of people: each shift
 * first a leader (from the leaders named, otherwise anyone of the pool), then people up to the minimum,
 * fewest hours first, so that the hours spread over the pool. The four-shift rotation splits the pool
 * into four teams in its order and gives each day's three shifts to three of them, the fourth resting.
 * Nobody is put on a shift the rest rules refuse: where nobody may take a place, it stays empty (a gap).
 * Pure: what people already do elsewhere comes in, the shifts to store go out.
 */
final class RosterGenerator {

	/** A shift to store: its slot of the day, its times and field day, who is on it and who leads. */
	record Planned(int slot, Instant start, Instant end, LocalDate day, List<Long> people, Long leader) {

		boolean gap(int minPerShift) {
			return leader == null || people.size() < minPerShift;
		}
	}

	/**
	 * The request as the generator needs it.
	 *
	 * @param pool the people, in the order their teams are cut
	 * @param leaders those who may lead; empty for anyone of the pool
	 * @param duties what each of the pool already does, at every checkpoint, around the range
	 * @param taken the starts that already have a shift at this checkpoint: left as they are
	 * @param open whether the checkpoint is staffed on a day
	 */
	record Request(long checkpointId, LocalDate from, LocalDate to, ShiftPattern pattern, List<ShiftPattern.Slot> slots,
			List<Long> pool, Set<Long> leaders, int minPerShift, Map<Long, List<RestPolicy.Duty>> duties,
			Set<Instant> taken, Predicate<LocalDate> open) {
	}

	private final RestPolicy policy;

	private final ZoneId zone;

	RosterGenerator(RestPolicy policy, ZoneId zone) {
		this.policy = policy;
		this.zone = zone;
	}

	List<Planned> generate(Request request) {
		Map<Long, List<RestPolicy.Duty>> duties = new HashMap<>();
		for (Long person : request.pool()) {
			duties.put(person, new ArrayList<>(request.duties().getOrDefault(person, List.of())));
		}
		Map<Long, Long> minutes = new HashMap<>();
		List<ShiftPattern.Slot> slots = request.pattern().slots(request.slots());
		List<Planned> planned = new ArrayList<>();
		for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
			if (!request.open().test(day)) {
				continue;
			}
			for (int slot = 0; slot < slots.size(); slot++) {
				ShiftPattern.Slot s = slots.get(slot);
				Instant start = day.atTime(s.start()).atZone(zone).toInstant();
				Instant end = day.atTime(s.start()).plusHours(s.hours()).atZone(zone).toInstant();
				if (request.taken().contains(start)) {
					continue;
				}
				RestPolicy.Duty duty = new RestPolicy.Duty(request.checkpointId(), start, end);
				List<Long> candidates = candidates(request, day, slot, minutes);
				Predicate<Long> allowed = person -> policy.check(duties.get(person), duty, zone).allowed();
				List<Long> people = new ArrayList<>();
				Long leader = candidates.stream()
					.filter(p -> request.leaders().isEmpty() || request.leaders().contains(p))
					.filter(allowed)
					.findFirst()
					.orElse(null);
				if (leader != null) {
					people.add(leader);
				}
				for (Long person : candidates) {
					if (people.size() >= request.minPerShift()) {
						break;
					}
					if (!people.contains(person) && allowed.test(person)) {
						people.add(person);
					}
				}
				for (Long person : people) {
					duties.get(person).add(duty);
					minutes.merge(person, (long) s.hours() * 60, Long::sum);
				}
				planned.add(new Planned(slot, start, end, day, List.copyOf(people), leader));
			}
		}
		return planned;
	}

	/** Who may be asked for a shift, in the order they are asked: fewest hours so far, then the pool's order. */
	private static List<Long> candidates(Request request, LocalDate day, int slot, Map<Long, Long> minutes) {
		List<Long> pool = request.pool();
		List<Long> eligible = new ArrayList<>();
		if (request.pattern() == ShiftPattern.FOUR_SHIFT) {
			int team = Math.floorMod(slot + day.toEpochDay(), ShiftPattern.FOUR_SHIFT_TEAMS);
			for (int i = 0; i < pool.size(); i++) {
				if (i % ShiftPattern.FOUR_SHIFT_TEAMS == team) {
					eligible.add(pool.get(i));
				}
			}
			return eligible;
		}
		eligible.addAll(new LinkedHashSet<>(pool));
		Map<Long, Integer> order = new HashMap<>();
		for (int i = 0; i < eligible.size(); i++) {
			order.put(eligible.get(i), i);
		}
		eligible.sort(Comparator.<Long>comparingLong(p -> minutes.getOrDefault(p, 0L)).thenComparing(order::get));
		return eligible;
	}
}
