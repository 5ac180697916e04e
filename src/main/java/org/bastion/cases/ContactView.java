package org.bastion.cases;

import java.time.LocalDate;

import org.bastion.observation.ObservationView.ObservationStatus;

/**
 * A close contact of a case.
 *
 * @param observationId the order that put them under observation, null before "observe all"
 * @param observationStatus that order's status, null without one
 */
public record ContactView(long id, long caseId, long personId, String personName, String relation,
		LocalDate lastExposureDate, Long observationId, ObservationStatus observationStatus) {
}
