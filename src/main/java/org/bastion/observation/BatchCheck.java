package org.bastion.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One check of a batch sent by a phone that was offline. */
public record BatchCheck(Long observationId, String clientId, LocalDate date, Integer slot, BigDecimal temperature,
		List<String> symptoms) {

	NewCheck toNewCheck() {
		return new NewCheck(clientId, date, slot, temperature, symptoms);
	}
}
