package org.bastion.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A check as a monitor's phone sends it.
 *
 * @param slot which check of the day the worker picked; when absent, the one whose window holds {@code time}
 * (see {@link CheckPolicy#placeReading})
 * @param symptoms names from {@link Symptom}
 * @param clientId the same id again stores nothing and answers as the first time
 * @param time when the reading was taken, field time (a phone that was offline sends it); when absent, now
 */
record NewCheck(@Size(max = 64, message = "{check.clientId.size}") String clientId, LocalDate date,
		Integer slot, BigDecimal temperature, @Size(max = 8, message = "{check.symptoms.unknown}") List<String> symptoms,
		LocalTime time) {

	NewCheck(String clientId, LocalDate date, Integer slot, BigDecimal temperature, List<String> symptoms) {
		this(clientId, date, slot, temperature, symptoms, null);
	}

	public NewCheck withClientId(String id) {
		return new NewCheck(id, date, slot, temperature, symptoms, time);
	}
}
