package org.bastion.command;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps tasks and work groups inside their place when the tree is rearranged, or a moved township's would leave everyone's scope. */
@Component
class CommandMoves {

	private final TaskDatabase tasks;

	private final WorkGroupDatabase groups;

	CommandMoves(TaskDatabase tasks, WorkGroupDatabase groups) {
		this.tasks = tasks;
		this.groups = groups;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		tasks.repath(moved.from(), moved.to());
		groups.repath(moved.from(), moved.to());
	}
}
