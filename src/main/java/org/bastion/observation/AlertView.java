package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An alert: the reading that opened it, whose it is, and, once closed, what was done. */
public record AlertView(long id, long observationId, long personId, String personName, AlertKind kind,
		BigDecimal temperature, Set<Symptom> symptoms, LocalDate readingDate, long readingId, String status,
		String monitorUsername, String jurisdictionCode, Instant openedAt, Instant closedAt, String closedBy,
		AlertAction action, String note) {

	public boolean open() {
		return "OPEN".equals(status);
	}

	/** What was done about an alert when it was closed. */
	public enum AlertAction {
		REFERRED_TO_FEVER_CLINIC, RECHECKED_NORMAL, OTHER
	}

	/** What opened an alert: a temperature of 37.3 °C or more, or a symptom with a normal temperature. */
	public enum AlertKind {
		FEVER, SYMPTOM
	}
}
