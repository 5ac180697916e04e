package org.bastion.observation;

import java.time.LocalDate;

/** An order ended with a release notice; {@code early} when before its end date. */
public record ObservationReleased(long observationId, long personId, String jurisdictionPath, LocalDate releasedOn,
		boolean early, String noticeNumber) {
}
