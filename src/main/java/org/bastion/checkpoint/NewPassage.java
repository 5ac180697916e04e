package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.util.List;

/**
 * A vehicle, or a person on foot, registered at a checkpoint. Every rule is checked by
 * {@link PassagePolicy}, so that a passage of a batch is refused with the same words as one sent alone.
 *
 * @param plate the licence plate, absent for a person on foot or a bicycle
 * @param clientId makes a retried submission store once
 */
public record NewPassage(String clientId, String plate, PassageVehicle vehicleType, List<Occupant> occupants,
		PassageOutcome outcome) {

	/**
	 * One person in the vehicle, or the person on foot.
	 *
	 * @param originCode the division or place of the tree the person comes from
	 * @param destinationCode the division or place of the tree the person is heading to
	 */
	public record Occupant(String name, String idNumber, String phone, BigDecimal temperature, String originCode,
			String destinationCode, String purpose) {
	}

	public NewPassage withClientId(String id) {
		return new NewPassage(id, plate, vehicleType, occupants, outcome);
	}
}
