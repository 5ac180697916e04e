package org.bastion.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The field's date and time of day, in the deployment's zone: check windows are local times. */
@Component
public class FieldClock {

	private final ZoneId zone;

	public FieldClock(@Value("${bastion.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	public LocalDate today() {
		return LocalDate.now(zone);
	}

	public LocalTime now() {
		return LocalTime.now(zone);
	}

	public Instant instant() {
		return Instant.now();
	}

	/** The field's date of an instant: a record made at 00:30 in Sichuan belongs to that day, not to the UTC day before. */
	public LocalDate dateOf(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/** The end of {@code date}'s windows that have passed: all of them on an earlier day, none on a later. */
	public LocalTime passedBy(LocalDate date) {
		LocalDate today = today();
		if (date.isBefore(today)) {
			return LocalTime.of(23, 59, 59);
		}
		return date.isAfter(today) ? null : now();
	}
}
