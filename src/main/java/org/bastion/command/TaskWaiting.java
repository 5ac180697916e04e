package org.bastion.command;

import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.Roles;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The tasks waiting for the signed-in person: the escalated ones in red (theirs, and for the dispatchers
 * those of their area), in the navigation too; their open tasks on the home page, the escalated first.
 */
@Component
class TaskWaiting implements WorkWaiting {

	static final int ON_HOME = 3;

	private final Tasks tasks;

	TaskWaiting(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		if (viewer.readOnly()) {
			return List.of();
		}
		List<Waiting> waiting = new ArrayList<>();
		long escalated = tasks.countEscalated(viewer);
		if (escalated > 0) {
			waiting.add(new Waiting("command-tasks-escalated", "task.waiting.escalated", escalated,
					Roles.managesAreas(viewer) ? "/tasks/area" : "/tasks", Tone.URGENT, List.of()));
		}
		if (shown == Shown.ON_HOME) {
			long held = tasks.countHeld(viewer);
			if (held > 0) {
				List<Item> first = tasks.inbox().stream().limit(ON_HOME)
					.map(t -> new Item("task.priority." + t.priority(), t.title(), "/tasks#task-" + t.id(), t.localDue()))
					.toList();
				waiting.add(new Waiting("command-tasks", "task.waiting.mine", held, "/tasks", Tone.DUE, first));
			}
		}
		return waiting;
	}
}
