package org.bastion.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A check as a monitor's phone sends it.
 *
 * @param slot which check of the day; when absent, the one whose window has started last (today) or
 * the first without a reading (earlier days)
 * @param symptoms names from {@link Symptom}
 * @param clientId the same id again stores nothing and answers as the first time
 */
record NewCheck(@Size(max = 64, message = "{check.clientId.size}") String clientId, LocalDate date,
		Integer slot, BigDecimal temperature, @Size(max = 8, message = "{check.symptoms.unknown}") List<String> symptoms) {

	public NewCheck withClientId(String id) {
		return new NewCheck(id, date, slot, temperature, symptoms);
	}
}
