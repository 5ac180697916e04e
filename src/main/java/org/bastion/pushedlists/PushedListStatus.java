package org.bastion.pushedlists;

/** Where a list's import stands; entries are visible to the grids once it is {@link #DONE}. */
public enum PushedListStatus {
	QUEUED, RUNNING, DONE, FAILED
}
