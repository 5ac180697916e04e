package org.bastion.checkpoint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a supervisor's visit may be recorded as told. A visit happened: not later than now (a few minutes of
 * a phone's clock running ahead are let through) and not on a day the checkpoint was not staffed. What was
 * found lacking is described, and a deadline to put it right is a day from the visit on; a visit that found
 * everything in order has nothing to put right, so it names no deadline. Every broken rule is answered at
 * once, each on its field.
 */
final class InspectionPolicy {

	/** How far a phone's clock may run ahead of the server's. */
	static final int CLOCK_SLACK_MINUTES = 5;

	/** One rule the visit breaks: the field it names and the message key saying why. */
	record Refusal(String field, String messageKey) {
	}

	/** The checkpoint's days on duty. */
	record Staffed(LocalDate openedOn, LocalDate closedOn) {
	}

	private InspectionPolicy() {
	}

	static List<Refusal> refusals(NewInspection visit, LocalDateTime at, Staffed checkpoint, LocalDateTime now) {
		List<Refusal> refusals = new ArrayList<>();
		if (at.isAfter(now.plusMinutes(CLOCK_SLACK_MINUTES))) {
			refusals.add(new Refusal("inspectedAt", "inspection.inspectedAt.future"));
		}
		else if (at.toLocalDate().isBefore(checkpoint.openedOn())
				|| (checkpoint.closedOn() != null && at.toLocalDate().isAfter(checkpoint.closedOn()))) {
			refusals.add(new Refusal("inspectedAt", "inspection.inspectedAt.notStaffed"));
		}
		boolean foundLacking = !visit.lackingOrNone().isEmpty();
		boolean described = visit.finding() != null && !visit.finding().isBlank();
		if (foundLacking && !described) {
			refusals.add(new Refusal("finding", "inspection.finding.required"));
		}
		if (visit.rectifyBy() != null) {
			if (!foundLacking) {
				refusals.add(new Refusal("rectifyBy", "inspection.rectifyBy.nothingLacking"));
			}
			else if (visit.rectifyBy().isBefore(at.toLocalDate())) {
				refusals.add(new Refusal("rectifyBy", "inspection.rectifyBy.beforeVisit"));
			}
		}
		return refusals;
	}
}
