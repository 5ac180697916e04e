package org.bastion.checkpoint;

import java.time.Instant;

/** A person checked in on their current shift; {@code already} when an earlier scan had done it. */
public record DutyCheckIn(long shiftId, long checkpointId, String checkpointName, Instant startsAt, Instant endsAt,
		Instant checkedInAt, boolean already) {
}
