package org.bastion.observation;

import java.util.List;

/**
 * A person on the monitor's list for a day: the order, that day's slots with their state, and whether
 * the order is due for release.
 */
public record MonitorItem(ObservationView observation, List<SlotView> slots, boolean dueForRelease) {
}
