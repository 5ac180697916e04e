package org.bastion.checkpoint;

import java.time.LocalDate;
import java.util.List;

/**
 * A checkpoint's figures of a day, in total and per hour of the field's clock: vehicles (every passage but
 * people on foot), persons, passages turned back, persons with a fever, passages referred on; and the
 * vehicles per plate province, the most first; and how many times a supervisor inspected the checkpoint that day.
 */
public record PassageStats(long checkpointId, LocalDate date, Counts total, List<Hour> hours, List<Province> plates,
		int inspections) {

	public record Counts(int vehicles, int persons, int turnedBack, int fevers, int referrals) {
	}

	/** The hour from {@code hour}:00 to {@code hour}:59; only hours with a passage are listed. */
	public record Hour(int hour, Counts counts) {
	}

	public record Province(String province, int vehicles) {
	}
}
