package org.bastion.reporting;

import java.util.List;

import org.bastion.security.Role;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The open immediate reports of the viewer's area as waiting work: a red badge in the navigation and the
 * newest on the home page, for those {@link ImmediateReportPolicy#watches} (township staff, HQ, leaders).
 */
@Component
class ImmediateReportWaiting implements WorkWaiting {

	/** The reports the home page lists; the badge counts them all. */
	static final int ON_HOME = 5;

	private final ImmediateReports reports;

	private final FieldClock clock;

	ImmediateReportWaiting(ImmediateReports reports, FieldClock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		if (!ImmediateReportPolicy.watches(Role.valueOf(viewer.role()))) {
			return List.of();
		}
		long open = reports.countOpen(viewer.scope());
		if (open == 0) {
			return List.of();
		}
		List<Item> newest = shown == Shown.IN_NAVIGATION ? List.of() : reports.newestOpen(viewer.scope(), ON_HOME).stream()
			.map(r -> new Item("immediate.kind." + r.kind(), r.placeName() + " · " + r.whatHappened(),
					"/reports/immediate/" + r.id(), clock.local(r.happenedAt())))
			.toList();
		return List.of(new Waiting("immediate-reports", "immediate.waiting", open, "/reports/immediate?open=true",
				Tone.URGENT, newest));
	}
}
