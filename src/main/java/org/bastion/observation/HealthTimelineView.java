package org.bastion.observation;

import java.util.List;

/** A person's health timeline, newest first. */
public record HealthTimelineView(long personId, String personName, String jurisdictionCode,
		List<HealthTimelineEntry> entries) {
}
