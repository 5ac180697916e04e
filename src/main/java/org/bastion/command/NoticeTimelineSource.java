package org.bastion.command;

import java.util.List;

import org.bastion.people.PersonTimelineSource;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/**
 * The person's timeline: the notices sent about them, for viewers whose area covers the notice (its sender's
 * area, or a place or a work group it went to); grey, as a notice asks nothing of the person.
 */
@Component
class NoticeTimelineSource implements PersonTimelineSource {

	static final int MAX_NOTICES = 20;

	private final NoticeDatabase notices;

	private final FieldClock clock;

	NoticeTimelineSource(NoticeDatabase notices, FieldClock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		return notices.concerning(personId, scope, MAX_NOTICES).stream()
			.map(n -> new PersonTimelineEntry(clock.dateOf(n.sentAt()), n.sentAt(), "NOTICE", Tone.GREY, "timeline.notice",
					List.of(Label.of("notice.kind." + n.kind()), n.title()), "/notices/" + n.id()))
			.toList();
	}
}
