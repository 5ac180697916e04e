package org.bastion.isolation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bastion.observation.HealthTimelineEntry.Label;
import org.bastion.observation.HealthTimelineEntry.Tone;
import org.bastion.observation.HealthTimelineEntry;
import org.bastion.observation.HealthTimelineSource;
import org.springframework.stereotype.Component;

/** The timeline's check-ins to and check-outs from the rooms of isolation sites. */
@Component
class StayTimelineSource implements HealthTimelineSource {

	private final StayDatabase stays;

	StayTimelineSource(StayDatabase stays) {
		this.stays = stays;
	}

	@Override
	public List<HealthTimelineEntry> entriesFor(long personId, String scope, ZoneId zone) {
		List<HealthTimelineEntry> entries = new ArrayList<>();
		for (StayView stay : stays.ofPerson(personId, scope)) {
			String link = "/isolation-sites/" + stay.siteId();
			entries.add(new HealthTimelineEntry(stay.checkedInAt().atZone(zone).toLocalDate(), stay.checkedInAt(), "STAY_IN",
					Tone.AMBER, "timeline.stayIn", List.of(stay.siteName(), stay.roomNumber()), link));
			if (stay.checkedOutAt() != null) {
				entries.add(new HealthTimelineEntry(stay.checkedOutAt().atZone(zone).toLocalDate(), stay.checkedOutAt(),
						"STAY_OUT", Tone.GREY, "timeline.stayOut",
						List.of(stay.siteName(), stay.roomNumber(), Label.of("stay.reason." + stay.checkOutReason())), link));
			}
		}
		return entries;
	}
}
