package org.bastion.arrivals;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The area and days a ledger or a data-quality count covers, bound from the query string under these names.
 *
 * @param jurisdiction null for the caller's whole area
 * @param from null for {@link Arrivals#DEFAULT_DAYS} before {@code to}
 * @param to null for today
 */
record ArrivalPeriod(String jurisdiction, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
}
