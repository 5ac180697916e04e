package org.bastion.command;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps tasks inside their place when the tree is rearranged, or a moved township's tasks would leave everyone's scope. */
@Component
class CommandMoves {

	private final TaskDatabase tasks;

	private final WorkLogDatabase workLogs;

	CommandMoves(TaskDatabase tasks, WorkLogDatabase workLogs) {
		this.tasks = tasks;
		this.workLogs = workLogs;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		tasks.repath(moved.from(), moved.to());
		workLogs.repath(moved.from(), moved.to());
	}
}
