package org.bastion.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.arrivals.Arrivals;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.rounds.RoundOpening;
import org.bastion.rounds.ScreeningRound;
import org.bastion.rounds.ScreeningRounds;
import org.bastion.rounds.Visit;
import org.bastion.rounds.VisitOutcome;
import org.bastion.rounds.VisitReport;
import org.bastion.rounds.Visits;
import org.bastion.shared.Slice;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * 自由村's two rounds, as its party secretary told them: the first, closed before the festival, found
 * 203 returnees in a village that sends half its people out to work; after a day and a half of going
 * door to door again with the letter to every household, the second found 380. The returnees are
 * registered from the visits that found them, the other doors marked visited without returnees or
 * nobody at home.
 */
@Component
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoRounds {

	private final DemoClock clock;

	private final ScreeningRounds rounds;

	private final Visits visits;

	private final Arrivals arrivals;

	DemoRounds(DemoClock clock, ScreeningRounds rounds, Visits visits, Arrivals arrivals) {
		this.clock = clock;
		this.rounds = rounds;
		this.visits = visits;
		this.arrivals = arrivals;
	}

	/** Both rounds, unless 自由村 has a round already. */
	void load(DemoStory story, List<Jurisdiction> grids) {
		if (!rounds.list(DemoStory.FREEDOM_VILLAGE).isEmpty()) {
			return;
		}
		LocalDate festival = story.festival();
		round(story, grids, 1, festival.minusDays(6), DemoStory.FIRST_ROUND_RETURNEES, 0);
		round(story, grids, 2, festival.minusDays(3), DemoStory.SECOND_ROUND_RETURNEES,
				DemoStory.FIRST_ROUND_RETURNEES);
	}

	/**
	 * Opens a round in the morning of {@code opened}, registers its returnees over its two days from the
	 * doors in turn, marks the doors that had none, and closes it on the evening of its deadline.
	 */
	private void round(DemoStory story, List<Jurisdiction> grids, int number, LocalDate opened, int returnees,
			int firstPerson) {
		LocalDate deadline = opened.plusDays(1);
		ScreeningRound round = clock.at(story.at(opened, 8, 0), () -> rounds.open(new RoundOpening(
				DemoStory.FREEDOM_VILLAGE, deadline, "第" + (number == 1 ? "一" : "二") + "轮返乡人员排查",
				"demo-round-" + number)));
		List<Visit> doors = doors(round.id());
		// A door in three has returnees: the village's outward workers came home to their families.
		int withReturnees = Math.max(1, doors.size() / 3);
		for (int i = 0; i < returnees; i++) {
			LocalDate day = i < returnees / 2 ? opened : deadline;
			LocalDate arrived = DemoTrips.arrivalDate(story.random(), story.festival(), day);
			DemoTrips.Origin origin = DemoTrips.origin(story.random(),
					(int) (arrived.toEpochDay() - story.festival().toEpochDay()));
			Visit door = doors.isEmpty() ? null : doors.get(i % withReturnees);
			String place = door == null ? grids.get(i % grids.size()).code() : door.jurisdictionCode();
			int person = 10_000 + firstPerson + i;
			clock.at(story.duringTheDay(day), () -> arrivals.register(DemoTrips.trip(story.random(),
					story.person(person, place), origin, arrived, round.id(), door == null ? null : door.id(),
					"demo-round-returnee-" + person)));
		}
		for (int i = withReturnees; i < doors.size(); i++) {
			VisitOutcome outcome = i % 9 == 0 ? VisitOutcome.NOBODY_HOME : VisitOutcome.VISITED_NO_RETURNEES;
			long door = doors.get(i).id();
			clock.at(story.duringTheDay(i % 2 == 0 ? opened : deadline),
					() -> visits.record(door, new VisitReport(outcome, null, null, "demo-visit-" + door)));
		}
		clock.at(story.at(deadline, 20, 0), () -> rounds.close(round.id()));
	}

	private List<Visit> doors(long roundId) {
		List<Visit> doors = new ArrayList<>();
		String cursor = null;
		do {
			Slice<Visit> page = visits.list(roundId, null, List.of(), cursor, Visits.MAX_LIMIT);
			doors.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return doors;
	}
}
