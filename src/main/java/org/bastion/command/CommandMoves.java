package org.bastion.command;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps tasks, work groups, work logs and notices inside their place when the tree is rearranged: a moved
 * township's tasks and groups would otherwise leave everyone's scope, and a moved village's notices its readers'
 * inbox and its HQ's count.
 */
@Component
class CommandMoves {

	private final TaskDatabase tasks;

	private final WorkGroupDatabase groups;

	private final WorkLogDatabase workLogs;

	private final NoticeDatabase notices;

	CommandMoves(TaskDatabase tasks, WorkGroupDatabase groups, WorkLogDatabase workLogs, NoticeDatabase notices) {
		this.tasks = tasks;
		this.groups = groups;
		this.workLogs = workLogs;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		tasks.repath(moved.from(), moved.to());
		groups.repath(moved.from(), moved.to());
		workLogs.repath(moved.from(), moved.to());
		notices.repath(moved.from(), moved.to());
	}
}
