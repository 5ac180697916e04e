package org.bastion.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case to record for a person.
 *
 * @param confirmedDate defaults to today for a case recorded as confirmed
 * @param clientId makes a retried submission store once
 */
public record NewCase(@NotNull(message = "{case.personId.required}") Long personId,
		@NotNull(message = "{case.status.required}") CaseStatus status, LocalDate onsetDate, LocalDate confirmedDate,
		@Size(max = 100, message = "{case.hospital.size}") String hospital,
		@Size(max = 64, message = "{case.clientId.size}") String clientId) {

	public NewCase withClientId(String id) {
		return new NewCase(personId, status, onsetDate, confirmedDate, hospital, id);
	}
}
