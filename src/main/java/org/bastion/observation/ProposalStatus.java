package org.bastion.observation;

/**
 * A proposal is open until someone accepts it (an order is made) or dismisses it with a reason; it is
 * superseded when the person is put under observation another way, and withdrawn when the arrival's
 * measure no longer calls for observation.
 */
public enum ProposalStatus {
	OPEN, ACCEPTED, DISMISSED, SUPERSEDED, WITHDRAWN
}
