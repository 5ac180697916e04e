/**
 * Command (指挥调度): the tasks township and county HQ dispatch to a person or to a place, received, in
 * progress, done or refused, escalated once past due; other modules' work (a checkpoint's shift gap, what an inspector found lacking) arrives
 * as tasks through their events; the day's rhythm of the morning dispatch list and the evening review, kept as
 * the work log, reading the day's reports through {@link org.bastion.reporting.ReportDigests}. Public API:
 * {@link org.bastion.command.Tasks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command", allowedDependencies = { "shared", "jurisdiction",
		"security", "checkpoint", "reporting" })
package org.bastion.command;
