package org.bastion.screening;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps rounds and their visits inside their places when the tree is rearranged: a grid moved to another
 * village mid-round stays on its worker's list and in the right village's coverage.
 */
@Component
class RoundMoves {

	private final RoundDatabase rounds;

	private final VisitDatabase visits;

	RoundMoves(RoundDatabase rounds, VisitDatabase visits) {
		this.rounds = rounds;
		this.visits = visits;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		JurisdictionPath from = new JurisdictionPath(moved.oldPath());
		JurisdictionPath to = new JurisdictionPath(moved.newPath());
		rounds.repath(from, to);
		visits.repath(from, to);
	}
}
