package org.bastion.cases;

import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.people.PersonTimelineSource;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/** The person's timeline: each status their case took, and each case they were recorded as a close contact of. */
@Component
class CaseTimelineSource implements PersonTimelineSource {

	private final CaseTimelineDatabase database;

	private final FieldClock clock;

	CaseTimelineSource(CaseTimelineDatabase database, FieldClock clock) {
		this.database = database;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		List<PersonTimelineEntry> entries = new ArrayList<>();
		for (CaseTimelineDatabase.StatusChange change : database.statusChanges(personId, scope)) {
			Label status = Label.of("case.status." + change.status());
			boolean noted = change.note() != null && !change.note().isBlank();
			entries.add(new PersonTimelineEntry(change.date(), change.changedAt(), "CASE_" + change.status(),
					tone(change.status()), noted ? "timeline.caseStatusWithNote" : "timeline.caseStatus",
					noted ? List.of(status, change.note()) : List.of(status), "/cases/" + change.caseId()));
		}
		for (CaseTimelineDatabase.ContactOf contact : database.contactOf(personId, scope)) {
			boolean exposed = contact.lastExposureDate() != null;
			entries.add(new PersonTimelineEntry(clock.dateOf(contact.recordedAt()), contact.recordedAt(), "CLOSE_CONTACT",
					Tone.AMBER, exposed ? "timeline.closeContactExposed" : "timeline.closeContact",
					exposed ? List.of(contact.casePersonName(), contact.lastExposureDate()) : List.of(contact.casePersonName()),
					"/cases/" + contact.caseId()));
		}
		return entries;
	}

	/** Red while infected, amber while suspected, green recovered, grey died. */
	private static Tone tone(CaseStatus status) {
		return switch (status) {
			case CONFIRMED, ASYMPTOMATIC -> Tone.RED;
			case SUSPECTED -> Tone.AMBER;
			case RECOVERED -> Tone.GREEN;
			case DIED -> Tone.GREY;
		};
	}
}
