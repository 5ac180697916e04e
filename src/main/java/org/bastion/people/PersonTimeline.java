package org.bastion.people;

import java.util.Comparator;
import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's timeline on one page: every {@link PersonTimelineSource}'s entries merged, newest first. The
 * person must be in the viewer's area, and each source leaves out its records outside it; the view is
 * audited as one of personal data.
 */
@Service
@Transactional
class PersonTimeline {

	/** Newest date first; on one date, entries without a time (the day's end) first, then newest time first. */
	static final Comparator<PersonTimelineEntry> NEWEST_FIRST = Comparator
		.comparing(PersonTimelineEntry::date, Comparator.reverseOrder())
		.thenComparing(PersonTimelineEntry::at, Comparator.nullsFirst(Comparator.reverseOrder()));

	private final List<PersonTimelineSource> sources;

	private final People people;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	PersonTimeline(List<PersonTimelineSource> sources, People people, CurrentViewer viewer, AuditTrail audit) {
		this.sources = sources;
		this.people = people;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** @throws org.bastion.shared.NotFoundException when the person is not in the viewer's area */
	public PersonTimelineView of(long personId) {
		PersonView person = people.find(personId);
		String scope = viewer.scopePattern();
		List<PersonTimelineEntry> entries = merged(sources.stream().map(source -> source.entriesFor(personId, scope)).toList());
		audit.record(AuditAction.VIEW, "person:" + personId, "health-timeline");
		return new PersonTimelineView(person.id(), person.name(), person.jurisdictionCode(), entries);
	}

	static List<PersonTimelineEntry> merged(List<List<PersonTimelineEntry>> bySource) {
		return bySource.stream().flatMap(List::stream).sorted(NEWEST_FIRST).toList();
	}
}
