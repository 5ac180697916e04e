package org.bastion.cases;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps cases and their contacts inside their place when the tree is rearranged: their paths are copies of the
 * place's path, so a moved subtree would otherwise drop out of everyone's scope.
 */
@Component
class CaseMoves {

	private final CaseDatabase cases;

	CaseMoves(CaseDatabase cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		cases.repath(moved.from(), moved.to());
	}
}
