package org.bastion.observation;

import java.time.Instant;
import java.util.List;

/**
 * The disease profile new orders take: how many days, and the check windows of each day. Orders keep
 * the settings they were made with.
 *
 * @param noticePrefix the letters release notice numbers start with, e.g. {@code XW} for 兴文
 */
public record ObservationSettings(int periodDays, int checksPerDay, List<String> windows, String noticePrefix,
		String updatedBy, Instant updatedAt) {
}
