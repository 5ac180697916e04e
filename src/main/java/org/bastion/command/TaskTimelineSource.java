package org.bastion.command;

import java.util.List;

import org.bastion.people.PersonTimelineSource;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/** The person's timeline: the tasks dispatched about them, red while escalated and open, green once done. */
@Component
class TaskTimelineSource implements PersonTimelineSource {

	static final int MAX_TASKS = 20;

	private final TaskDatabase tasks;

	private final FieldClock clock;

	TaskTimelineSource(TaskDatabase tasks, FieldClock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		return tasks.concerning(personId, scope, MAX_TASKS).stream()
			.map(t -> new PersonTimelineEntry(clock.dateOf(t.dispatchedAt()), t.dispatchedAt(), "TASK", tone(t),
					"timeline.task", List.of(t.title(), Label.of("task.status." + t.status())), "/tasks/" + t.id()))
			.toList();
	}

	private static Tone tone(TaskDatabase.Concerning task) {
		if (task.status() == TaskStatus.DONE) {
			return Tone.GREEN;
		}
		if (task.status() == TaskStatus.REFUSED) {
			return Tone.GREY;
		}
		return task.escalated() ? Tone.RED : Tone.AMBER;
	}
}
