package org.bastion.observation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bastion.observation.ProposalView.ProposalStatus;
import org.bastion.security.Role;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Observation proposals to accept as waiting work, for those who put persons under observation in their
 * area: the count, and the newest (the top of the proposals' list) a tap away.
 */
@Component
class ProposalWaiting implements WorkWaiting {

	static final int ON_HOME = 3;

	private static final Set<Role> DECIDERS = EnumSet.of(Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.MEDICAL_STAFF,
			Role.TOWNSHIP_STAFF);

	private final ProposalDatabase proposals;

	private final FieldClock clock;

	ProposalWaiting(ProposalDatabase proposals, FieldClock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer) {
		if (!DECIDERS.contains(Role.valueOf(viewer.role()))) {
			return List.of();
		}
		String scope = viewer.scope().likePattern();
		long open = proposals.countOpen(scope);
		if (open == 0) {
			return List.of();
		}
		List<Item> newest = proposals.list(scope, ProposalStatus.OPEN, null, ON_HOME).stream()
			.map(ProposalView.Row::view)
			.map(p -> new Item("observation.kind." + p.kind(), p.personName() + " · " + p.startDate(),
					"/observations/proposals#proposal-" + p.id(), clock.local(p.proposedAt())))
			.toList();
		return List.of(new Waiting("proposals", "proposal.waiting", open, "/observations/proposals", Tone.DUE, newest));
	}
}
