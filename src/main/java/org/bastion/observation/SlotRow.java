package org.bastion.observation;

import java.time.LocalDate;
import java.time.LocalTime;

/** A check slot as stored, with how many readings filled it and whether one was abnormal. */
record SlotRow(long observationId, LocalDate date, int slot, LocalTime windowStart, LocalTime windowEnd,
		int readingCount, boolean abnormal) {
}
