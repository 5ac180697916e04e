package org.bastion.arrivals;

/** An arrival's level changed because HQ designated, changed or ended a risk area. */
public record ArrivalRiskChanged(long arrivalId, long personId, RiskLevel oldLevel, RiskLevel newLevel,
		Measure recommendedMeasure) {
}
