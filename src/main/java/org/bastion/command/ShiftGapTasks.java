package org.bastion.command;

import org.bastion.checkpoint.ShiftGapOpened;
import org.bastion.security.SystemTask;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A checkpoint's shift left short becomes the township's task, so that nobody keeps the roster's gaps as a
 * second list. The event arrives after the roster's commit with no signed-in user: the task is made as the
 * system.
 */
@Component
class ShiftGapTasks {

	private final Tasks tasks;

	ShiftGapTasks(Tasks tasks) {
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(ShiftGapOpened gap) {
		SystemTask.run(() -> tasks.fromShiftGap(gap));
	}
}
