package org.bastion.checkpoint;

import java.util.List;
import java.util.Set;

import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/** The shifts of the area still short of people or a leader, as the township's and the county's work to do. */
@Component
class ShiftWaiting implements WorkWaiting {

	/** Roles are the security module's: their names, as the viewer carries them. */
	private static final Set<String> MANAGERS = Set.of("TOWNSHIP_STAFF", "HQ_STAFF", "SYSTEM_ADMIN");

	private final Rosters rosters;

	ShiftWaiting(Rosters rosters) {
		this.rosters = rosters;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		if (shown == Shown.IN_NAVIGATION || viewer.readOnly() || !MANAGERS.contains(viewer.role())) {
			return List.of();
		}
		long gaps = rosters.gapCount(viewer);
		return gaps == 0 ? List.of()
				: List.of(new Waiting("checkpoint-shift-gaps", "roster.waiting.gaps", gaps, "/shift-gaps", Tone.DUE, List.of()));
	}
}
