package org.bastion.observation;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps orders (with their slots, alerts and readings), proposals and fever clinics inside their place when the tree is rearranged: their paths are copies of the
 * place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class ObservationMoves {

	private final ObservationDatabase orders;

	private final ProposalDatabase proposals;

	private final FeverClinicDatabase clinics;

	ObservationMoves(ObservationDatabase orders, ProposalDatabase proposals, FeverClinicDatabase clinics) {
		this.orders = orders;
		this.proposals = proposals;
		this.clinics = clinics;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		orders.repath(moved.from(), moved.to());
		proposals.repath(moved.from(), moved.to());
		clinics.repath(moved.from(), moved.to());
	}
}
