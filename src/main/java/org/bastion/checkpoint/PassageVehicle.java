package org.bastion.checkpoint;

/** What a passage came in: a vehicle by its kind, or a person on foot, who has no plate. */
public enum PassageVehicle {
	CAR, VAN, BUS, TRUCK, MOTORCYCLE, TRICYCLE, BICYCLE, ON_FOOT;

	/** Whether it carries a licence plate that must be registered. */
	boolean plated() {
		return this == CAR || this == VAN || this == BUS || this == TRUCK || this == MOTORCYCLE;
	}

	/** Whether it never carries one: a bicycle, a person on foot. */
	boolean unplated() {
		return this == BICYCLE || this == ON_FOOT;
	}
}
