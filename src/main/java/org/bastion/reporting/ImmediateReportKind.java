package org.bastion.reporting;

/** What an immediate report is about; each is named by the message {@code immediate.kind.<name>}. */
enum ImmediateReportKind {
	CONFIRMED_CASE, SUSPECTED_CASE, FEVER_CLUSTER, CHECKPOINT_INCIDENT, OTHER
}
