package org.bastion.checkpoint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * A supervisor's visit to a checkpoint, as its inspector records it.
 *
 * @param inspectedAt when they were there, in field time; now when absent
 * @param lacking the checklist's points found lacking; none when everything was in order
 * @param finding what they saw and asked for; required when something was lacking
 * @param rectifyBy the day by which the lacking points are to be put right
 * @param clientId makes a retried submission store once
 */
public record NewInspection(LocalDateTime inspectedAt, Set<InspectionItem> lacking,
		@Size(max = 1000, message = "{inspection.finding.size}") String finding, LocalDate rectifyBy,
		@Size(max = 64, message = "{inspection.clientId.size}") String clientId) {

	public NewInspection withClientId(String id) {
		return new NewInspection(inspectedAt, lacking, finding, rectifyBy, id);
	}

	Set<InspectionItem> lackingOrNone() {
		return lacking == null ? Set.of() : lacking;
	}
}
