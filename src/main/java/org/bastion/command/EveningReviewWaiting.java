package org.bastion.command;

import java.util.List;

import org.bastion.shared.FieldClock;
import org.bastion.shared.Roles;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The day's evening review on the home page of township and county HQ until its work log is saved for their
 * own area: one look-up by the log's unique day, on the home page only.
 */
@Component
class EveningReviewWaiting implements WorkWaiting {

	private final WorkLogDatabase logs;

	private final FieldClock clock;

	EveningReviewWaiting(WorkLogDatabase logs, FieldClock clock) {
		this.logs = logs;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		if (shown != Shown.ON_HOME || !Roles.managesAreas(viewer) || viewer.scope().isRoot()
				|| logs.find(viewer.scope().leafCode(), clock.today()).isPresent()) {
			return List.of();
		}
		return List.of(new Waiting("command-evening-review", "review.unsaved", 1, "/command/review", Tone.DUE, List.of()));
	}
}
