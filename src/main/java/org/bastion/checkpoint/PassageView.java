package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A passage as its readers see it, the occupants' ID numbers and phones masked as in every list.
 *
 * @param riskLevel the highest risk level of the trip any occupant carries, from the origin or the plate
 * @param replayed true when a retried submission returned the passage it had already stored
 */
public record PassageView(long id, long checkpointId, String plate, String plateProvince, PassageVehicle vehicleType,
		PassageOutcome outcome, int occupantCount, int feverCount, String riskLevel, List<Occupant> occupants,
		LocalDate passedOn, Instant passedAt, String createdBy, String createdByName, boolean replayed) {

	public record Occupant(String name, String idNumber, String phone, BigDecimal temperature, boolean fever,
			String originCode, String destinationCode, String purpose, String riskLevel) {
	}

	PassageView replay() {
		return new PassageView(id, checkpointId, plate, plateProvince, vehicleType, outcome, occupantCount, feverCount,
				riskLevel, occupants, passedOn, passedAt, createdBy, createdByName, true);
	}
}
