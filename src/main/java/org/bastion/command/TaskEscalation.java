package org.bastion.command;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bastion.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates the tasks past due every minute. With several nodes behind one database, the lock row
 * ({@code shedlock}) lets one of them run it at a time; the update itself escalates each task once anyway.
 */
@Component
class TaskEscalation {

	private static final Logger log = LoggerFactory.getLogger(TaskEscalation.class);

	private final Tasks tasks;

	TaskEscalation(Tasks tasks) {
		this.tasks = tasks;
	}

	@Scheduled(fixedDelayString = "${bastion.tasks.escalation-every:PT1M}", initialDelayString = "${bastion.tasks.escalation-every:PT1M}")
	@SchedulerLock(name = "command-task-escalation", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
	public void escalate() {
		int escalated = SystemTask.call(tasks::escalateOverdue);
		if (escalated > 0) {
			log.info("Escalated {} overdue tasks", escalated);
		}
	}
}
