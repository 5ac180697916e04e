package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A follow-up of a passage as its readers see it: the occupant as the roadside typed them, the ID number
 * masked and the phone masked in lists, in full on its own page for the roles that see numbers.
 *
 * @param placeName the place it is for: the checkpoint's for a fever, the destination's for a hand-over
 * @param arrivalId the arrival the destination registered from a hand-over, once it did
 */
public record FollowUpView(long id, FollowUpKind kind, long passageId, long checkpointId, String checkpointName,
		String plate, PassageVehicle vehicleType, PassageOutcome outcome, Instant passedAt, String name,
		String idNumber, String phone, BigDecimal temperature, boolean fever, String originCode, String originName,
		String destinationCode, String placeName, String purpose, String riskLevel, String jurisdictionCode,
		boolean open, Instant closedAt, String closedBy, String closedByName, String closingNote, Long arrivalId) {
}
