package org.bastion.checkpoint;

/**
 * The person on duty asks to hand their shift to {@code toUserId}, or to trade it with {@code withUserId}'s
 * shift {@code withShiftId}.
 */
record SwapRequest(Long toUserId, Long withUserId, Long withShiftId) {

	Long otherUserId() {
		return toUserId != null ? toUserId : withUserId;
	}
}
