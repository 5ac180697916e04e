package org.bastion.arrivals;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps arrivals inside their place when the tree is rearranged: their paths are copies of the
 * place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class ArrivalMoves {

	private final ArrivalDatabase arrivals;

	ArrivalMoves(ArrivalDatabase arrivals) {
		this.arrivals = arrivals;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		arrivals.repath(moved.from(), moved.to());
	}
}
