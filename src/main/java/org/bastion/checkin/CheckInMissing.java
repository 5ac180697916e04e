package org.bastion.checkin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Who of a unit has not checked in for the current window.
 *
 * @param slot the current window's number, 1 for the first of the day
 */
record CheckInMissing(long unitId, LocalDate date, int slot, String window, int memberCount,
		List<Member> missing) {

	/** A member without a check-in; {@code remindedAt} is the last reminder for this window, local time. */
	public record Member(long personId, String personName, LocalTime remindedAt) {
	}
}
