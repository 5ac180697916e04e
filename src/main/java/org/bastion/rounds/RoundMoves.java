package org.bastion.rounds;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps rounds and their visits inside their place when the tree is rearranged: their paths are copies
 * of the place's path, so a grid moved mid-round would otherwise drop off its worker's list and out of
 * the right village's coverage.
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
		rounds.repath(moved.from(), moved.to());
		visits.repath(moved.from(), moved.to());
	}
}
