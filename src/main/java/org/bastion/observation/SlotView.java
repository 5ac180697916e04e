package org.bastion.observation;

import java.time.LocalDate;
import java.util.List;

/** A check slot with its window ({@code 08:00-12:00}), its state and its readings. */
public record SlotView(LocalDate date, int slot, String window, SlotState state, List<ReadingView> readings) {
}
