package org.bastion.checkpoint;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps checkpoints inside their place when the tree is rearranged: their paths are copies of the place's
 * path, so a moved township's checkpoints would otherwise drop out of everyone's scope.
 */
@Component
class CheckpointMoves {

	private final CheckpointDatabase checkpoints;

	private final PassageDatabase passages;

	private final ShiftDatabase shifts;

	private final FollowUpDatabase followUps;

	private final InspectionDatabase inspections;

	CheckpointMoves(CheckpointDatabase checkpoints, PassageDatabase passages, ShiftDatabase shifts,
			FollowUpDatabase followUps, InspectionDatabase inspections) {
		this.followUps = followUps;
		this.inspections = inspections;
		this.checkpoints = checkpoints;
		this.passages = passages;
		this.shifts = shifts;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		checkpoints.repath(moved.from(), moved.to());
		passages.repath(moved.from(), moved.to());
		shifts.repath(moved.from(), moved.to());
		followUps.repath(moved.from(), moved.to());
		inspections.repath(moved.from(), moved.to());
	}
}
