package org.bastion.observation;

import java.time.LocalDate;

import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;

/** A person was put under observation. */
public record ObservationStarted(long observationId, long personId, String jurisdictionPath, ObservationKind kind,
		ObservationReason reason, LocalDate startDate, LocalDate endDate) {
}
