package org.bastion.arrivals;

import java.time.LocalDate;

/** An arrival was registered: observation, reporting and tasks follow from here. */
public record ArrivalRegistered(long arrivalId, long personId, String jurisdictionCode, String jurisdictionPath,
		LocalDate arrivalDate, RiskLevel riskLevel, Measure recommendedMeasure) {
}
