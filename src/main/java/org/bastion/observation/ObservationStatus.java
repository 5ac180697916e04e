package org.bastion.observation;

/** An order is open until it is released, on its end date or early with a reason. */
public enum ObservationStatus {
	OPEN, RELEASED
}
