package org.bastion.checkpoint;

/** What the checkpoint did with a passage: let it through, sent it back, or handed its people on. */
public enum PassageOutcome {
	PASSED, TURNED_BACK, REFERRED_OBSERVATION, REFERRED_FEVER_CLINIC;

	/** Whether its people are handed on to observation or a fever clinic. */
	public boolean referral() {
		return this == REFERRED_OBSERVATION || this == REFERRED_FEVER_CLINIC;
	}
}
