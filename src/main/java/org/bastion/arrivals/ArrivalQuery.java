package org.bastion.arrivals;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the arrivals list is asked for, bound from the query string under these names.
 *
 * @param from null for {@link Arrivals#DEFAULT_DAYS} before {@code to}
 * @param to null for today
 * @param risk null for every level
 */
record ArrivalQuery(@Parameter(description = "A jurisdiction code inside the caller's area") String jurisdiction,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RiskLevel risk, String cursor, Integer limit) {
}
