package org.bastion.pushedlists;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps lists, the entries sent to a grid and their counts inside their place when the tree is rearranged: their paths are copies of the
 * place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class PushedListMoves {

	private final PushedListDatabase lists;

	private final ListEntryDatabase entries;

	private final ListTallyDatabase tallies;

	PushedListMoves(PushedListDatabase lists, ListEntryDatabase entries, ListTallyDatabase tallies) {
		this.lists = lists;
		this.entries = entries;
		this.tallies = tallies;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		lists.repath(moved.from(), moved.to());
		entries.repath(moved.from(), moved.to());
		tallies.repath(moved.from(), moved.to());
	}
}
