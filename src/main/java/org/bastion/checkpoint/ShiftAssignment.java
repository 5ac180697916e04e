package org.bastion.checkpoint;

/** A person put on a shift by hand, leading it when {@code leader} is true. */
record ShiftAssignment(Long userId, Boolean leader) {

	boolean leads() {
		return Boolean.TRUE.equals(leader);
	}
}
