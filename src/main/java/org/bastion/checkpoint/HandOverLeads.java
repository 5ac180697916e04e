package org.bastion.checkpoint;

import org.bastion.arrivals.ArrivalHandOvers;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The hand-overs as the arrival form is filled from: the roadside's facts of a person heading to a place of
 * the viewer's area, and the hand-over closed with the arrival the place registered from it.
 */
@Component
class HandOverLeads implements ArrivalHandOvers {

	private final FollowUpDatabase followUps;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	HandOverLeads(FollowUpDatabase followUps, CurrentViewer viewer, FieldClock clock) {
		this.followUps = followUps;
		this.viewer = viewer;
		this.clock = clock;
	}

	@Override
	public Lead lead(long handOverId) {
		FollowUpDatabase.Row row = followUps.find(handOverId, viewer.scopePattern())
			.filter(r -> r.kind() == FollowUpKind.HAND_OVER)
			.orElseThrow(() -> new NotFoundException(FollowUps.FOLLOW_UP));
		boolean masked = viewer.get().masked();
		return new Lead(row.id(), row.checkpointName(), row.passedAt(), row.passedOn(), row.name(),
				masked && row.idNumber() != null ? Masking.idNumber(row.idNumber()) : row.idNumber(),
				masked && row.phone() != null ? Masking.phone(row.phone()) : row.phone(), row.jurisdictionCode(),
				row.originCode(), row.plate());
	}

	@Override
	public boolean holdsOpen(long handOverId, String scopePattern) {
		return followUps.find(handOverId, scopePattern)
			.filter(r -> r.kind() == FollowUpKind.HAND_OVER && r.open())
			.isPresent();
	}

	@Override
	public void arrivalRegistered(long handOverId, long arrivalId, long personId) {
		followUps.close(handOverId, viewer.get().username(), clock.instant(), null, arrivalId);
		followUps.linkPerson(handOverId, personId);
	}
}
