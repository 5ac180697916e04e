package org.bastion.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.checkin.CheckIns;
import org.bastion.checkin.NewCheckIn;
import org.bastion.checkin.NewStaffUnit;
import org.bastion.checkin.StaffUnitView;
import org.bastion.checkin.StaffUnits;
import org.bastion.people.People;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The staff on duty check in twice a day over the last two weeks: the township's health centre and its
 * party-member vanguard, who carried the letter to every door. One afternoon a member has a fever;
 * today's check-ins are still to come, so the list of who has not checked in shows everybody.
 */
@Component
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoCheckIns {

	static final String HEALTH_CENTRE = "共乐镇卫生院";

	static final String VANGUARD = "共乐镇党员先锋队";

	static final int MEMBERS = 6;

	private static final int DAYS = 14;

	private final DemoClock clock;

	private final StaffUnits units;

	private final CheckIns checkIns;

	private final People people;

	DemoCheckIns(DemoClock clock, StaffUnits units, CheckIns checkIns, People people) {
		this.clock = clock;
		this.units = units;
		this.checkIns = checkIns;
		this.people = people;
	}

	/** Each unit with its members and their check-ins, unless a unit of that name exists. */
	void load(DemoStory story, String township) {
		List<String> present = units.list().stream().map(StaffUnitView::name).toList();
		int unitNumber = 0;
		for (String name : List.of(HEALTH_CENTRE, VANGUARD)) {
			unitNumber++;
			if (present.contains(name)) {
				continue;
			}
			LocalDate first = story.today().minusDays(DAYS);
			int base = 30_000 + unitNumber * 100;
			List<Long> members = new ArrayList<>();
			long unit = clock.at(story.at(first, 7, 30), () -> {
				StaffUnitView made = units.create(new NewStaffUnit(name, township, 2, null));
				for (int m = 0; m < MEMBERS; m++) {
					long person = people.findOrRegister(story.person(base + m, township)).id();
					units.addMember(made.id(), person);
					members.add(person);
				}
				return made.id();
			});
			for (LocalDate day = first; day.isBefore(story.today()); day = day.plusDays(1)) {
				for (int slot = 1; slot <= 2; slot++) {
					for (int m = 0; m < members.size(); m++) {
						// Somebody forgets now and then.
						if (story.random().nextInt(25) == 0) {
							continue;
						}
						boolean fever = unitNumber == 2 && m == 3 && day.equals(story.today().minusDays(3)) && slot == 2;
						BigDecimal temperature = BigDecimal.valueOf(fever ? 378 : 360 + story.random().nextInt(9), 1);
						long person = members.get(m);
						String clientId = "demo-checkin-" + unit + "-" + person + "-" + day + "-" + slot;
						clock.at(story.at(day, slot == 1 ? 8 : 14, m * 5 + story.random().nextInt(5)),
								() -> checkIns.record(unit, new NewCheckIn(person, temperature, List.of(), clientId)));
					}
				}
			}
		}
	}
}
