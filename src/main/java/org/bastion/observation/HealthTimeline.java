package org.bastion.observation;

import java.util.Comparator;
import java.util.List;

import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's health on one page: every {@link HealthTimelineSource}'s events merged, newest first. The
 * person must be in the viewer's area; the view is audited as one of personal data.
 */
@Service
@Transactional
public class HealthTimeline {

	/** Newest date first; on one date, events without a time (the day's end) first, then newest time first. */
	static final Comparator<HealthTimelineEntry> NEWEST_FIRST = Comparator
		.comparing(HealthTimelineEntry::date, Comparator.reverseOrder())
		.thenComparing(HealthTimelineEntry::at, Comparator.nullsFirst(Comparator.reverseOrder()));

	private final List<HealthTimelineSource> sources;

	private final People people;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	HealthTimeline(List<HealthTimelineSource> sources, People people, CurrentViewer viewer, AuditTrail audit,
			FieldClock clock) {
		this.sources = sources;
		this.people = people;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws org.bastion.shared.NotFoundException when the person is not in the viewer's area */
	public HealthTimelineView of(long personId) {
		PersonView person = people.find(personId);
		String scope = viewer.scopePattern();
		List<HealthTimelineEntry> entries = sources.stream()
			.flatMap(source -> source.entriesFor(personId, scope, clock.zone()).stream())
			.sorted(NEWEST_FIRST)
			.toList();
		audit.record(AuditAction.VIEW, "person:" + personId, "health-timeline");
		return new HealthTimelineView(person.id(), person.name(), person.jurisdictionCode(), entries);
	}
}
