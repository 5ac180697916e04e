package org.bastion.checkin;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps check-in units and their check-ins inside their place when the tree is rearranged: their paths are copies of the
 * place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class CheckInMoves {

	private final StaffUnitDatabase units;

	CheckInMoves(StaffUnitDatabase units) {
		this.units = units;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		units.repath(moved.from(), moved.to());
	}
}
