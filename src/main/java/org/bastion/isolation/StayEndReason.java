package org.bastion.isolation;

/** Why a stay in a room ended. */
public enum StayEndReason {
	RELEASED, TRANSFERRED, HOSPITAL, OTHER
}
