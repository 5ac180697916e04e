package org.bastion.observation;

import java.time.LocalDate;
import java.util.List;

/** A check slot with its window ({@code 08:00-12:00}), its state and its readings. */
record SlotView(LocalDate date, int slot, String window, SlotState state, List<ReadingView> readings) {

	/** A check slot as the monitor's list shows it. */
	public enum SlotState {
		/** No reading yet and the window has not passed. */
		DUE,
		/** A normal reading. */
		DONE,
		/** The window passed without a reading. */
		MISSED,
		/** A reading at or above 37.3 °C or with a symptom. */
		FEVER;

		static SlotState of(int readings, boolean abnormal, boolean windowPassed) {
			if (readings > 0) {
				return abnormal ? FEVER : DONE;
			}
			return windowPassed ? MISSED : DUE;
		}
	}
}
