package org.bastion.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The field's date and time of day, in the deployment's zone: check windows are local times. */
@Component
class HealthClock {

	private final ZoneId zone;

	HealthClock(@Value("${bastion.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	LocalDate today() {
		return LocalDate.now(zone);
	}

	LocalTime now() {
		return LocalTime.now(zone);
	}

	Instant instant() {
		return Instant.now();
	}

	/** The end of {@code date}'s windows that have passed: all of them on an earlier day, none on a later. */
	LocalTime passedBy(LocalDate date) {
		LocalDate today = today();
		if (date.isBefore(today)) {
			return LocalTime.of(23, 59, 59);
		}
		return date.isAfter(today) ? null : now();
	}
}
