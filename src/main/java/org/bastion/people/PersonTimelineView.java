package org.bastion.people;

import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;

/** A person's timeline, newest first. */
record PersonTimelineView(long personId, String personName, String jurisdictionCode,
		List<PersonTimelineEntry> entries) {
}
