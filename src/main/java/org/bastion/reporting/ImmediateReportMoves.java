package org.bastion.reporting;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps immediate reports and the fever alerts counted for clusters inside their place when the tree is
 * rearranged: their paths are copies of the place's path, so a moved subtree would otherwise drop out of
 * everyone's scope.
 */
@Component
class ImmediateReportMoves {

	private final ImmediateReportDatabase reports;

	ImmediateReportMoves(ImmediateReportDatabase reports) {
		this.reports = reports;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		reports.repath(moved.from(), moved.to());
	}
}
