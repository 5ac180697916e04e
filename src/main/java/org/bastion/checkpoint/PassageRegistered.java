package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A vehicle or a person on foot was registered at a checkpoint, with what reporting and command count:
 * how many people, how many with a fever, what was done with them.
 */
public record PassageRegistered(long passageId, long checkpointId, String jurisdictionCode, String jurisdictionPath,
		LocalDate passedOn, Instant passedAt, PassageVehicle vehicleType, String plateProvince, PassageOutcome outcome,
		int occupants, int fevers, String riskLevel) {
}
