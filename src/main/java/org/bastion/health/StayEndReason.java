package org.bastion.health;

/** Why a stay in a room ended. */
public enum StayEndReason {
	RELEASED, TRANSFERRED, HOSPITAL, OTHER
}
