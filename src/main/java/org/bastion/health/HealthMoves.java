package org.bastion.health;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps orders, slots, alerts and readings inside their place when the tree is rearranged: their paths
 * are copies of the place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class HealthMoves {

	private final ObservationDatabase orders;

	HealthMoves(ObservationDatabase orders) {
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		orders.repath(new JurisdictionPath(moved.oldPath()), new JurisdictionPath(moved.newPath()));
	}
}
