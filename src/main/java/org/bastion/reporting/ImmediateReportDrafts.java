package org.bastion.reporting;

import org.bastion.cases.CaseConfirmed;
import org.bastion.observation.FeverAlertRaised;
import org.bastion.security.SystemTask;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drafts the immediate reports the records call for: a confirmed case, and fever alerts gathering in one
 * village. Events arrive after the other module's commit, with no signed-in user: the drafts are made as the
 * system, and what the event does not carry (the person's name, the village) is asked of the owning modules.
 */
@Component
class ImmediateReportDrafts {

	private final ImmediateReports reports;

	ImmediateReportDrafts(ImmediateReports reports) {
		this.reports = reports;
	}

	@ApplicationModuleListener
	void on(CaseConfirmed confirmed) {
		SystemTask.run(() -> reports.draftConfirmedCase(confirmed));
	}

	@ApplicationModuleListener
	void on(FeverAlertRaised raised) {
		SystemTask.run(() -> reports.feverRaised(raised));
	}
}
