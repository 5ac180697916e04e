package org.bastion.pushedlists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bastion.security.Role;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Pushed-list entries as waiting work: a grid worker or village cadre gets every entry of their area still
 * to verify, overdue first (red when any is overdue), the first one a tap away; the township and HQ get the
 * overdue ones of their area, which are theirs to chase.
 */
@Component
class ListEntryWaiting implements WorkWaiting {

	/** The entries the home page lists, in the order the worker takes them. */
	static final int ON_HOME = 3;

	private static final Set<Role> VERIFIERS = EnumSet.of(Role.GRID_WORKER, Role.VILLAGE_CADRE);

	private static final Set<Role> OVERSEERS = EnumSet.of(Role.TOWNSHIP_STAFF, Role.HQ_STAFF, Role.SYSTEM_ADMIN);

	private final ListEntryDatabase entries;

	private final FieldClock clock;

	ListEntryWaiting(ListEntryDatabase entries, FieldClock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer) {
		Role role = Role.valueOf(viewer.role());
		boolean verifier = VERIFIERS.contains(role);
		if (!verifier && !OVERSEERS.contains(role)) {
			return List.of();
		}
		String scope = viewer.scope().likePattern();
		LocalDate today = clock.today();
		ListEntryDatabase.OpenTally tally = entries.openTally(scope, today);
		long count = verifier ? tally.open() : tally.overdue();
		if (count == 0) {
			return List.of();
		}
		List<Item> first = entries.open(scope, ON_HOME).stream()
			.filter(entry -> verifier || entry.deadline().isBefore(today))
			.map(entry -> new Item(entry.deadline().isBefore(today) ? "verification.waiting.overdueItem"
					: "verification.waiting.item", entry.name() + " · " + entry.listName() + " · " + entry.deadline(),
					"/verification/" + entry.id(), null))
			.toList();
		return List.of(verifier
				? new Waiting("list-entries", "verification.waiting.open", count, "/verification",
						tally.overdue() > 0 ? Tone.URGENT : Tone.DUE, first)
				: new Waiting("list-entries-overdue", "verification.waiting.overdue", count, "/verification", Tone.URGENT,
						first));
	}
}
