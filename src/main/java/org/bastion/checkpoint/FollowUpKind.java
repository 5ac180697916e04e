package org.bastion.checkpoint;

/**
 * What a passage leaves for others to do: a feverish occupant for the checkpoint's township to see to, or
 * an occupant from a risk area heading to a place of the county, for that place's grid to confirm.
 */
public enum FollowUpKind {
	FEVER, HAND_OVER
}
