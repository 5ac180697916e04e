package org.bastion.arrivals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.JurisdictionPath;

/**
 * A registered arrival as stored: the trip, the place it was registered for, and its current risk
 * level, reasons and recommended measure. The person is referred to by id; see {@link ArrivalDetail}.
 *
 * @param personDocumentType the person's document when registered ({@code RESIDENT_ID} or another)
 * @param idRegion the first six digits of the person's ID number, when they have one
 * @param typedName the name typed at registration, kept only when the person lives outside the area it was
 * registered for (see {@link org.bastion.people.PersonView#withTyped})
 * @param typedPhone the phone typed then, likewise
 */
public record Arrival(long id, String clientId, long personId, String jurisdictionCode,
		JurisdictionPath jurisdictionPath, String originCode, String originAddress, LocalDate departureDate,
		LocalDate arrivalDate, TransportMode transportMode, String plate, String transportNumber,
		BigDecimal temperature, String symptoms, RiskLevel riskLevel, List<RiskReason> riskReasons,
		Measure recommendedMeasure, Long roundId, Long visitId, String registeredBy, Instant registeredAt,
		String personDocumentType, String idRegion, int contactCount, String typedName, String typedPhone) {

	public boolean fever() {
		return MeasureTable.isFever(temperature);
	}

	/**
	 * Whether a designated risk area is behind the level: the place of origin or the vehicle's plate, of any
	 * level. The ID number's region is a hint only: the person need not have come from there.
	 */
	public boolean fromRiskArea() {
		return riskReasons.stream().anyMatch(r -> r.code() != RiskReason.Code.ID_HINT);
	}

	/** What the risk rules look at. */
	RiskPolicy.Facts riskFacts() {
		return new RiskPolicy.Facts(originCode, plate == null ? null : TransportPlate.parse(plate).orElse(null),
				idRegion, arrivalDate);
	}
}
