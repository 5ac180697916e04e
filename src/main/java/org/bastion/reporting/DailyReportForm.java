package org.bastion.reporting;

import java.time.LocalDate;
import java.util.Map;

/**
 * A unit's submission of its daily report: it confirms the derived figures (correcting one only with a
 * reason), types the manual fields, or, with nothing new, submits a zero report.
 *
 * @param manual the manual fields' values by field id
 * @param corrections the figures the unit reports otherwise than derived, by figure key
 */
record DailyReportForm(String clientId, String unit, LocalDate date, boolean zero, String reporterName,
		String reporterPhone, String approver, String note, Map<Long, Long> manual, Map<String, Correction> corrections) {

	DailyReportForm {
		manual = manual == null ? Map.of() : manual;
		corrections = corrections == null ? Map.of() : corrections;
	}

	/** A figure reported otherwise than the records say, and why. */
	record Correction(Long value, String reason) {
	}

	DailyReportForm withClientId(String id) {
		return new DailyReportForm(id, unit, date, zero, reporterName, reporterPhone, approver, note, manual, corrections);
	}
}
