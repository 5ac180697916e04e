package org.bastion.arrivals;

/** What is recommended for an arrival, declared from the mildest to the strictest. */
public enum Measure {
	NONE, HEALTH_MONITORING, HOME_OBSERVATION, CENTRAL_ISOLATION;

	public boolean isWeakerThan(Measure other) {
		return compareTo(other) < 0;
	}
}
