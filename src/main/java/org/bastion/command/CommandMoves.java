package org.bastion.command;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps tasks inside their place when the tree is rearranged, or a moved township's tasks would leave everyone's scope. */
@Component
class CommandMoves {

	private final TaskDatabase tasks;

	CommandMoves(TaskDatabase tasks) {
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		tasks.repath(moved.from(), moved.to());
	}
}
