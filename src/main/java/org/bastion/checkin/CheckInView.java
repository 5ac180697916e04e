package org.bastion.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.bastion.observation.Symptom;

/**
 * A stored check-in.
 *
 * @param abnormal a fever or a symptom, which opened a check-in alert
 * @param replayed true when a retried submission returned the check-in stored the first time
 */
record CheckInView(long id, long unitId, long personId, LocalDate date, int slot, BigDecimal temperature,
		Set<Symptom> symptoms, boolean abnormal, String recordedBy, Instant recordedAt, boolean replayed) {
}
