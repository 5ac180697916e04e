package org.bastion.checkpoint;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the generator is asked for: the field days {@code from}..{@code to} (at most 31), the pattern (and
 * a custom pattern's slots), the pool of people and those who may lead (empty: anyone of the pool), and the
 * head-count every shift needs, its leader included.
 */
record RosterRequest(LocalDate from, LocalDate to, String pattern, List<Long> poolUserIds, List<Long> leaderUserIds,
		Integer minPerShift, List<SlotInput> slots) {

	/** A custom shift: its start on the field's clock and its length in hours. */
	record SlotInput(LocalTime start, Integer hours) {
	}

	List<Long> pool() {
		return poolUserIds == null ? List.of() : poolUserIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	List<Long> leaders() {
		return leaderUserIds == null ? List.of() : leaderUserIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}
}
