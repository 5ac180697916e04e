package org.bastion.people;

import java.util.List;

/** A person's timeline, newest first. */
public record PersonTimelineView(long personId, String personName, String jurisdictionCode,
		List<PersonTimelineEntry> entries) {
}
