package org.bastion.isolation;

/** Why a stay in a room ended. */
enum StayEndReason {
	RELEASED, TRANSFERRED, HOSPITAL, OTHER
}
