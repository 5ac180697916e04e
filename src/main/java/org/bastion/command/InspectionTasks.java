package org.bastion.command;

import org.bastion.checkpoint.CheckpointInspected;
import org.bastion.security.SystemTask;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a supervisor found lacking at a checkpoint becomes the township's task to put right, so that the
 * inspection's findings are followed up in the one inbox. The event arrives after the visit's commit with no
 * signed-in user: the task is made as the system.
 */
@Component
class InspectionTasks {

	private final Tasks tasks;

	InspectionTasks(Tasks tasks) {
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(CheckpointInspected visit) {
		SystemTask.run(() -> tasks.fromInspection(visit));
	}
}
