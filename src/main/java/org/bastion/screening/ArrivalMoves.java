package org.bastion.screening;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps arrivals inside their place when the tree is rearranged (their paths copy the place's). */
@Component
class ArrivalMoves {

	private final ArrivalDatabase arrivals;

	ArrivalMoves(ArrivalDatabase arrivals) {
		this.arrivals = arrivals;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		arrivals.repath(new JurisdictionPath(moved.oldPath()), new JurisdictionPath(moved.newPath()));
	}
}
