package org.bastion.health;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps cases, contacts, check-in units and their check-ins inside their place when the tree is
 * rearranged: their paths are copies of the place's path.
 */
@Component
class CaseMoves {

	private final CaseDatabase cases;

	private final StaffUnitDatabase units;

	CaseMoves(CaseDatabase cases, StaffUnitDatabase units) {
		this.cases = cases;
		this.units = units;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		JurisdictionPath from = new JurisdictionPath(moved.oldPath());
		JurisdictionPath to = new JurisdictionPath(moved.newPath());
		cases.repath(from, to);
		units.repath(from, to);
	}
}
