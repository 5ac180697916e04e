package org.bastion.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.arrivals.ArrivalRegistration;
import org.bastion.arrivals.Arrivals;
import org.bastion.cases.CaseStatus;
import org.bastion.cases.CaseView;
import org.bastion.cases.Cases;
import org.bastion.cases.Contacts;
import org.bastion.cases.NewCase;
import org.bastion.cases.NewContact;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.people.NewPerson;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The village's confirmed case, told as the seeds tell 五龙村's: a returnee from Wuhan, confirmed at
 * eleven at night; by half past three the village secretary has traced 63 close contacts, and all of
 * them are put under observation at once, each from the day they last met the case.
 */
@Component
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoOutbreak {

	private static final String[] RELATIONS = { "家人", "邻居", "同车", "亲戚", "同村", "牌友" };

	private final DemoClock clock;

	private final Arrivals arrivals;

	private final Cases cases;

	private final Contacts contacts;

	DemoOutbreak(DemoClock clock, Arrivals arrivals, Cases cases, Contacts contacts) {
		this.clock = clock;
		this.arrivals = arrivals;
		this.cases = cases;
		this.contacts = contacts;
	}

	/** The case in {@code village}, unless the village has a case already. */
	void load(DemoStory story, Jurisdiction village, Jurisdiction grid) {
		if (!cases.list(village.code(), null, null, 1).items().isEmpty()) {
			return;
		}
		LocalDate arrived = story.festival().minusDays(5);
		NewPerson patient = story.person(20_000, grid.code());
		ArrivalRegistration registered = clock.at(story.at(arrived, 17, 40), () -> arrivals.register(DemoTrips.trip(
				story.random(), patient, DemoTrips.Origin.WUHAN, arrived, null, null, "demo-case-returnee")));
		LocalDate confirmed = story.today().minusDays(8);
		CaseView confirmedCase = clock.at(story.at(confirmed, 23, 0),
				() -> cases.create(new NewCase(registered.arrival().person().id(), CaseStatus.CONFIRMED,
						confirmed.minusDays(3), confirmed, "兴文县人民医院", "demo-case-1")));
		List<NewContact> traced = new ArrayList<>();
		for (int i = 1; i <= DemoStory.CLOSE_CONTACTS; i++) {
			NewPerson contact = story.person(20_000 + i, village.code());
			LocalDate lastMet = confirmed.minusDays(story.random().nextInt(6));
			traced.add(new NewContact(contact.name(), contact.phone(), contact.idNumber(),
					RELATIONS[story.random().nextInt(RELATIONS.length)], lastMet));
		}
		clock.at(story.at(confirmed.plusDays(1), 2, 10), () -> contacts.add(confirmedCase.id(), traced));
		clock.at(story.at(confirmed.plusDays(1), 3, 30), () -> contacts.observeAll(confirmedCase.id()));
	}
}
