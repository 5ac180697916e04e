package org.bastion.checkin;

import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.people.PersonTimelineSource;
import org.springframework.stereotype.Component;

/** The person's timeline: their check-ins as a member of a unit's staff, red when one opened an alert. */
@Component
class CheckInTimelineSource implements PersonTimelineSource {

	private final CheckInTimelineDatabase database;

	CheckInTimelineSource(CheckInTimelineDatabase database) {
		this.database = database;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		List<PersonTimelineEntry> entries = new ArrayList<>();
		for (CheckInTimelineDatabase.Entry entry : database.ofPerson(personId, scope)) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(entry.unitName());
			arguments.add(entry.temperature());
			if (!entry.symptoms().isEmpty()) {
				arguments.add(new Label(entry.symptoms().stream().sorted().map(s -> "symptom." + s).toList()));
			}
			entries.add(new PersonTimelineEntry(entry.date(), entry.recordedAt(), "CHECK_IN",
					entry.abnormal() ? Tone.RED : Tone.GREEN,
					entry.symptoms().isEmpty() ? "timeline.checkIn" : "timeline.checkInWithSymptoms", arguments,
					"/checkins/" + entry.unitId()));
		}
		return entries;
	}
}
