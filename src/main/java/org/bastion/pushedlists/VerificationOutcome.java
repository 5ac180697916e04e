package org.bastion.pushedlists;

/** What a grid found when it looked for a person on a pushed list: the categories the field used. */
public enum VerificationOutcome {
	/** Found, and screened before the list came. */
	ALREADY_KNOWN(true),
	/** Found, and not known until now: the arrival is registered on the spot. */
	NEWLY_FOUND(true),
	NOT_LIVING_HERE(false),
	WRONG_INFORMATION(false),
	/** Arrived outside the period being screened. */
	BEYOND_PERIOD(false);

	private final boolean found;

	VerificationOutcome(boolean found) {
		this.found = found;
	}

	/** Whether the person was found, and so whether the route they came by is recorded. */
	public boolean found() {
		return found;
	}
}
