/**
 * Daily reports (日报告、零报告) derived from the records, immediate reports (时时报), completeness and
 * timeliness up the tree, roll-ups, exports and the leaders' dashboard. Every figure comes from the
 * modules through the port {@link org.bastion.shared.ReportFigureSource}; this module reads no other
 * module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared",
		"jurisdiction", "people", "security", "observation", "cases", "checkin" })
package org.bastion.reporting;
