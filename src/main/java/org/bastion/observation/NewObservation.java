package org.bastion.observation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;

/**
 * An order to make.
 *
 * @param periodDays when absent, the period of the current settings (14 days by default)
 * @param monitorUserId the grid worker or doctor who checks the person; when absent, the creator if
 * they are one
 * @param siteId the isolation site of a {@code SITE} order, one the viewer may see; checking in to a room sets it too
 * @param clientId makes a retried submission store once
 */
public record NewObservation(@NotNull(message = "{observation.personId.required}") Long personId,
		@NotNull(message = "{observation.kind.required}") ObservationKind kind,
		@NotNull(message = "{observation.startDate.required}") LocalDate startDate,
		@NotNull(message = "{observation.reason.required}") ObservationReason reason,
		@Min(value = 1, message = "{observation.periodDays.range}") @Max(value = 60, message = "{observation.periodDays.range}") Integer periodDays,
		Long monitorUserId, Long siteId,
		@Size(max = 64, message = "{observation.clientId.size}") String clientId) {

	public NewObservation withClientId(String id) {
		return new NewObservation(personId, kind, startDate, reason, periodDays, monitorUserId, siteId, id);
	}
}
