package org.bastion.isolation;

import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.people.PersonTimelineSource;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/** The person's timeline: check-ins to and check-outs from the rooms of isolation sites. */
@Component
class StayTimelineSource implements PersonTimelineSource {

	private final StayDatabase stays;

	private final FieldClock clock;

	StayTimelineSource(StayDatabase stays, FieldClock clock) {
		this.stays = stays;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		List<PersonTimelineEntry> entries = new ArrayList<>();
		for (StayView stay : stays.ofPerson(personId, scope)) {
			String link = "/isolation-sites/" + stay.siteId();
			entries.add(new PersonTimelineEntry(clock.dateOf(stay.checkedInAt()), stay.checkedInAt(), "STAY_IN",
					Tone.AMBER, "timeline.stayIn", List.of(stay.siteName(), stay.roomNumber()), link));
			if (stay.checkedOutAt() != null) {
				entries.add(new PersonTimelineEntry(clock.dateOf(stay.checkedOutAt()), stay.checkedOutAt(),
						"STAY_OUT", Tone.GREY, "timeline.stayOut",
						List.of(stay.siteName(), stay.roomNumber(), Label.of("stay.reason." + stay.checkOutReason())), link));
			}
		}
		return entries;
	}
}
