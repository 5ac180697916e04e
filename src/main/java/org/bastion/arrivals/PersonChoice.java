package org.bastion.arrivals;

/**
 * The worker's answer when the typed ID number belongs to a person of another name (rule
 * {@code nameDiffers}): the arrival is that existing person's, whose record keeps its name. The other
 * answer, "the ID number was mistyped", is the corrected number sent again.
 */
public enum PersonChoice {
	EXISTING
}
