package org.bastion.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.bastion.observation.Symptom;
import org.bastion.shared.AccountNames;

/**
 * A stored check-in.
 *
 * @param abnormal a fever or a symptom, which opened a check-in alert
 * @param recordedByName the display name of who recorded it ({@code recordedBy} is the login)
 * @param replayed true when a retried submission returned the check-in stored the first time
 */
public record CheckInView(long id, long unitId, long personId, LocalDate date, int slot, BigDecimal temperature,
		Set<Symptom> symptoms, boolean abnormal, String recordedBy, String recordedByName, Instant recordedAt,
		boolean replayed) {

	/** The check-ins with their recorders' display names, looked up once for them all. */
	static List<CheckInView> named(List<CheckInView> entries, AccountNames names) {
		UnaryOperator<String> name = names.namer(entries.stream().map(CheckInView::recordedBy).toList());
		return entries.stream().map(e -> e.as(name.apply(e.recordedBy), e.replayed)).toList();
	}

	/** This check-in with its recorder's name, answering a retry or the first submission. */
	CheckInView as(String recorderName, boolean replay) {
		return new CheckInView(id, unitId, personId, date, slot, temperature, symptoms, abnormal, recordedBy,
				recorderName, recordedAt, replay);
	}
}
