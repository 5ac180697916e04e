package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.bastion.observation.ReadingDatabase.ReadingRow;

/** One reading; {@code abnormal} when it opened (or would have opened) an alert. */
record ReadingView(long id, long observationId, LocalDate date, int slot, BigDecimal temperature,
		Set<Symptom> symptoms, ReadingSource source, String recordedBy, Instant recordedAt, boolean abnormal) {

	static ReadingView of(ReadingRow row) {
		return new ReadingView(row.id(), row.observationId(), row.date(), row.slot(), row.temperature(), row.symptoms(),
				row.source(), row.recordedBy(), row.recordedAt(), AlertPolicy.abnormal(row.temperature(), row.symptoms()));
	}

	/** Who took a reading: the monitor (or other staff) or the observed person through their link. */
	public enum ReadingSource {
		STAFF, SELF
	}
}
