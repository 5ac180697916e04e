package org.bastion.checkpoint;

import java.time.Instant;

/** A swap asked for, and what the township decided. */
public record SwapView(long id, long shiftId, long fromUserId, String fromName, long toUserId, String toName,
		Long withShiftId, SwapStatus status, String requestedBy, Instant requestedAt, String decidedBy,
		Instant decidedAt) {
}
