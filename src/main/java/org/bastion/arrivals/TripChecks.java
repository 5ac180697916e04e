package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The checks arrivals makes of a trip, for other modules that meet travellers (a checkpoint at the
 * roadside): whether a plate is a mainland plate, and the risk level a plate's province or an origin
 * carries on a day from the risk areas HQ designates, by the same rules an arrival is assessed with. A
 * checkpoint asks for every passing vehicle, so the day's designations are kept in memory, forgotten the moment
 * one changes ({@link RiskAreaDatabase#notEndedBeforeKept}). Without a transaction of its own: it only reads what
 * is kept, or once in a while the designations, in the caller's transaction if there is one.
 */
@Service
public class TripChecks {

	private final RiskAreaDatabase riskAreas;

	TripChecks(RiskAreaDatabase riskAreas) {
		this.riskAreas = riskAreas;
	}

	/** The plate as stored (folded, upper case: {@code 鄂A12345}), or empty when what was typed is no plate. */
	public static Optional<String> plate(String typed) {
		return TransportPlate.parse(typed).map(TransportPlate::value);
	}

	/** The province character of a plate ({@code 鄂}), or empty when it is no plate. */
	public static Optional<String> plateProvince(String typed) {
		return TransportPlate.parse(typed).map(plate -> String.valueOf(plate.provinceCharacter()));
	}

	/**
	 * The risk level of a trip on a day: from its origin (a division code) and from its plate's province,
	 * either of them absent; NONE when no designated area in force that day matches.
	 */
	public RiskLevel risk(String originCode, String plate, LocalDate day) {
		TransportPlate parsed = plate == null ? null : TransportPlate.parse(plate).orElse(null);
		String origin = originCode == null || originCode.isBlank() ? null : originCode.strip();
		if (origin == null && parsed == null) {
			return RiskLevel.NONE;
		}
		return RiskPolicy.assess(new RiskPolicy.Facts(origin, parsed, null, day), riskAreas.notEndedBeforeKept(day)).level();
	}
}
