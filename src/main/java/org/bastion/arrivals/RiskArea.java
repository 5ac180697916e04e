package org.bastion.arrivals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A division HQ designated as risky for a period: a province, city, county or township of the
 * national catalogue.
 *
 * @param to the last day, inclusive; null while the designation is open
 */
public record RiskArea(long id, String divisionCode, String divisionName, RiskLevel level, LocalDate from,
		LocalDate to, String createdBy, Instant createdAt, Instant updatedAt) {

	public boolean activeOn(LocalDate date) {
		return !date.isBefore(from) && (to == null || !date.isAfter(to));
	}

	/** True when the division {@code code} (6 or 9 digits) lies in this area or is it. */
	public boolean contains(String code) {
		return code != null && code.startsWith(prefixOf(divisionCode));
	}

	/** True when this area lies inside the province with the two-digit code. */
	public boolean inProvince(String provinceCode) {
		return divisionCode.startsWith(provinceCode);
	}

	/**
	 * The prefix every division inside {@code code} shares: a province {@code 420000} is {@code 42}, a
	 * city {@code 420100} is {@code 4201}, a county or a township is its whole code.
	 */
	static String prefixOf(String code) {
		if (code.length() == 6 && code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.length() == 6 && code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}
}
