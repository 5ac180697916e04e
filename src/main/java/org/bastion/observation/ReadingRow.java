package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A reading as stored. */
record ReadingRow(long id, long observationId, LocalDate date, int slot, long personId, BigDecimal temperature,
		Set<Symptom> symptoms, ReadingSource source, String clientId, String recordedBy, Instant recordedAt) {
}
