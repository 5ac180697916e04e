package org.bastion.checkpoint;

import java.time.Instant;

/**
 * A checkpoint's shift was laid out or changed and is short: fewer people than its minimum, or nobody
 * leading it. Published for the township and for command; filling it by hand closes the gap.
 */
public record ShiftGapOpened(long shiftId, long checkpointId, String jurisdictionCode, String jurisdictionPath,
		Instant startsAt, Instant endsAt, int missingPeople, boolean leaderMissing) {
}
