package org.bastion.checkpoint;

import java.util.List;

import org.bastion.people.PersonTimelineSource;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.springframework.stereotype.Component;

/** The person's timeline: the checkpoints they passed, with the temperature taken there and what was done. */
@Component
class PassageTimelineSource implements PersonTimelineSource {

	static final int MAX_PASSAGES = 20;

	private final PassageDatabase passages;

	PassageTimelineSource(PassageDatabase passages) {
		this.passages = passages;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		return passages.ofPerson(personId, scope, MAX_PASSAGES).stream()
			.map(p -> new PersonTimelineEntry(p.passedOn(), p.passedAt(), "PASSAGE", p.fever() ? Tone.RED : Tone.GREY,
					p.fever() ? "timeline.passageFever" : "timeline.passage",
					List.of(p.checkpointName(), Label.of("passage.outcome." + p.outcome()), p.temperature()),
					p.atOwnCheckpoint() ? "/checkpoints/" + p.checkpointId() + "/passages?date=" + p.passedOn() : null))
			.toList();
	}
}
