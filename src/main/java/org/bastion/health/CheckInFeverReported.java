package org.bastion.health;

import java.math.BigDecimal;
import java.util.Set;

/** A unit member checked in with a fever or a symptom: refer them to the fever clinic. */
public record CheckInFeverReported(long alertId, long unitId, long personId, String jurisdictionPath,
		BigDecimal temperature, Set<Symptom> symptoms) {
}
