/**
 * Command (指挥调度): the work groups of township and county HQ, and the tasks they dispatch to a person, a
 * place or a group (perhaps about a person, whose timeline shows it), received, in progress, done (with a
 * photo) or refused, escalated once past due to the group's head or the area's HQ; other modules' work (a
 * checkpoint's shift gap, what an inspector found lacking) arrives as tasks through their events; notices,
 * directives and guidelines with read receipts; the day's rhythm of the morning dispatch list and the evening
 * review, kept as the work log, reading the day's reports through {@link org.bastion.reporting.ReportDigests}.
 * Public API: {@link org.bastion.command.Tasks}, {@link org.bastion.command.WorkGroups}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command", allowedDependencies = { "shared", "jurisdiction", "people",
		"security", "checkpoint", "reporting" })
package org.bastion.command;
