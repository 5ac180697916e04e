package org.bastion.health;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the health module's records inside their place when the tree is rearranged: orders, slots,
 * alerts and readings; proposals; sites, stays and requests; cases and contacts; check-in units and
 * their check-ins. Their paths are copies of the place's path, so a moved subtree would otherwise drop
 * out of everyone's scope.
 */
@Component
class HealthMoves {

	private final ObservationDatabase orders;

	private final ProposalDatabase proposals;

	private final IsolationSiteDatabase sites;

	private final CaseDatabase cases;

	private final StaffUnitDatabase units;

	HealthMoves(ObservationDatabase orders, ProposalDatabase proposals, IsolationSiteDatabase sites,
			CaseDatabase cases, StaffUnitDatabase units) {
		this.orders = orders;
		this.proposals = proposals;
		this.sites = sites;
		this.cases = cases;
		this.units = units;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		orders.repath(moved.from(), moved.to());
		proposals.repath(moved.from(), moved.to());
		sites.repath(moved.from(), moved.to());
		cases.repath(moved.from(), moved.to());
		units.repath(moved.from(), moved.to());
	}
}
