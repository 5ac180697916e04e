/**
 * Command (指挥调度): the tasks township and county HQ dispatch to a person or to a place, received, in
 * progress, done or refused, escalated once past due; other modules' work (a checkpoint's shift gap, what an inspector found lacking) arrives
 * as tasks through their events. Public API: {@link org.bastion.command.Tasks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command", allowedDependencies = { "shared", "jurisdiction",
		"security", "checkpoint" })
package org.bastion.command;
