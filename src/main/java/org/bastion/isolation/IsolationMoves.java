package org.bastion.isolation;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps sites, their stays and occupants' requests inside their place when the tree is rearranged: their paths are copies of the
 * place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class IsolationMoves {

	private final IsolationSiteDatabase sites;

	IsolationMoves(IsolationSiteDatabase sites) {
		this.sites = sites;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		sites.repath(moved.from(), moved.to());
	}
}
