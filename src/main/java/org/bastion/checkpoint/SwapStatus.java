package org.bastion.checkpoint;

/** Where a swap stands: asked for by the person on duty, then approved or refused by the township. */
enum SwapStatus {
	REQUESTED, APPROVED, REFUSED
}
