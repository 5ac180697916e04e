package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.bastion.observation.ReadingDatabase.ReadingRow;

/**
 * One reading; {@code abnormal} when it opened (or would have opened) an alert.
 *
 * @param recordedByName the display name of who took it ({@code recordedBy} is the login)
 */
record ReadingView(long id, long observationId, LocalDate date, int slot, BigDecimal temperature,
		Set<Symptom> symptoms, ReadingSource source, String recordedBy, String recordedByName, Instant recordedAt,
		boolean abnormal) {

	/** @param names each login's display name, looked up for all the readings of one answer */
	static ReadingView of(ReadingRow row, UnaryOperator<String> names) {
		return new ReadingView(row.id(), row.observationId(), row.date(), row.slot(), row.temperature(), row.symptoms(),
				row.source(), row.recordedBy(), names.apply(row.recordedBy()), row.recordedAt(),
				AlertPolicy.abnormal(row.temperature(), row.symptoms()));
	}

	/** Who took a reading: the monitor (or other staff) or the observed person through their link. */
	public enum ReadingSource {
		STAFF, SELF
	}
}
