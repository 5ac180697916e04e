package org.bastion.rounds;

/** A round takes visits while open; once HQ closes it, its figures are final. */
enum RoundStatus {
	OPEN, CLOSED
}
