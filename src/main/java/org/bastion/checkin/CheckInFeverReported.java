package org.bastion.checkin;

import java.math.BigDecimal;
import java.util.Set;

import org.bastion.observation.Symptom;

/** A unit member checked in with a fever or a symptom: refer them to the fever clinic. */
public record CheckInFeverReported(long alertId, long unitId, long personId, String jurisdictionPath,
		BigDecimal temperature, Set<Symptom> symptoms) {
}
