package org.bastion.observation;

import java.math.BigDecimal;
import java.util.Set;

/** A reading of 37.3 °C or more, or with a symptom, opened an alert: refer the person to the fever clinic. */
public record FeverAlertRaised(long alertId, long observationId, long personId, String jurisdictionPath,
		BigDecimal temperature, Set<Symptom> symptoms) {
}
