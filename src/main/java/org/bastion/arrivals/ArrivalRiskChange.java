package org.bastion.arrivals;

import java.time.Instant;

/**
 * A change of an arrival's level after registration, with its cause: the risk area designated,
 * changed or ended ({@code cause}) and the area's name.
 */
record ArrivalRiskChange(RiskLevel oldLevel, RiskLevel newLevel, Measure oldMeasure, Measure newMeasure,
		Cause cause, String areaName, Instant changedAt) {

	/** What HQ did to a risk area. */
	public enum Cause {
		DESIGNATED, CHANGED, ENDED
	}
}
