package org.bastion.checkpoint;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a checkpoint's day is cut into shifts: three eight-hour shifts, the four-shift rotation (四班倒: four
 * teams over three eight-hour shifts, one team resting each day), two twelve-hour shifts, or the
 * checkpoint's own list of starts and lengths.
 */
enum ShiftPattern {
	THREE_EIGHTS, FOUR_SHIFT, TWO_TWELVES, CUSTOM;

	/** The teams the four-shift rotation turns over its three shifts. */
	static final int FOUR_SHIFT_TEAMS = 4;

	/** A shift of the day: when it starts on the field's clock and how many hours it lasts. */
	record Slot(LocalTime start, int hours) {
	}

	/** The day's shifts of this pattern; a custom pattern's are the ones given. */
	List<Slot> slots(List<Slot> custom) {
		return switch (this) {
			case THREE_EIGHTS, FOUR_SHIFT -> List.of(new Slot(LocalTime.MIDNIGHT, 8), new Slot(LocalTime.of(8, 0), 8),
					new Slot(LocalTime.of(16, 0), 8));
			case TWO_TWELVES -> List.of(new Slot(LocalTime.of(8, 0), 12), new Slot(LocalTime.of(20, 0), 12));
			case CUSTOM -> List.copyOf(custom);
		};
	}

	static Optional<ShiftPattern> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}
}
