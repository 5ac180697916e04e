package org.bastion.screening;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps screening's records inside their places when the tree is rearranged (their paths copy the place's):
 * a grid moved to another village mid-round stays on its worker's list and in the right village's
 * coverage, and takes its arrivals and the pushed-list entries sent to it, with their counts, along.
 */
@Component
class ScreeningMoves {

	private final ArrivalDatabase arrivals;

	private final RoundDatabase rounds;

	private final VisitDatabase visits;

	private final PushedListDatabase lists;

	private final ListEntryDatabase entries;

	private final ListTallyDatabase tallies;

	ScreeningMoves(ArrivalDatabase arrivals, RoundDatabase rounds, VisitDatabase visits, PushedListDatabase lists,
			ListEntryDatabase entries, ListTallyDatabase tallies) {
		this.arrivals = arrivals;
		this.rounds = rounds;
		this.visits = visits;
		this.lists = lists;
		this.entries = entries;
		this.tallies = tallies;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		JurisdictionPath from = moved.from();
		JurisdictionPath to = moved.to();
		arrivals.repath(from, to);
		rounds.repath(from, to);
		visits.repath(from, to);
		lists.repath(from, to);
		entries.repath(from, to);
		tallies.repath(from, to);
	}
}
