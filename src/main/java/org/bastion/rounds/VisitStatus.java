package org.bastion.rounds;

/** Where a household stands in a round: not yet reached, or the last outcome recorded at its door. */
public enum VisitStatus {
	PENDING, VISITED_NO_RETURNEES, VISITED_WITH_RETURNEES, NOBODY_HOME, REFUSED;

	/** Someone answered the door and the household was screened. */
	public boolean visited() {
		return this == VISITED_NO_RETURNEES || this == VISITED_WITH_RETURNEES;
	}

	/** Still to be reached: never tried, or nobody was home. */
	public boolean open() {
		return this == PENDING || this == NOBODY_HOME;
	}
}
