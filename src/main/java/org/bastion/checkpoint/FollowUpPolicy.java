package org.bastion.checkpoint;

import java.util.EnumSet;
import java.util.Set;

import org.bastion.arrivals.RiskLevel;

/**
 * What a registered occupant leaves for others to do, as a pure function: a fever is the checkpoint's
 * township's to see to, whatever the outcome; a person who comes from a risk area (by origin or plate), or
 * whom the staff referred to observation, and who is heading to a place of the county, is handed over to that
 * place to be confirmed as an arrival, unless they were turned back and never went on.
 */
final class FollowUpPolicy {

	private FollowUpPolicy() {
	}

	static Set<FollowUpKind> of(PassageOutcome outcome, PassagePolicy.Person occupant, RiskLevel risk,
			boolean headingIntoTheCounty) {
		Set<FollowUpKind> kinds = EnumSet.noneOf(FollowUpKind.class);
		if (occupant.fever()) {
			kinds.add(FollowUpKind.FEVER);
		}
		boolean watched = risk != RiskLevel.NONE || outcome == PassageOutcome.REFERRED_OBSERVATION;
		if (headingIntoTheCounty && watched && outcome != PassageOutcome.TURNED_BACK) {
			kinds.add(FollowUpKind.HAND_OVER);
		}
		return kinds;
	}
}
