package org.bastion.observation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bastion.security.Role;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Today's checks as waiting work: those who take the temperatures get the checks due now in their area
 * (amber) and the ones missed so far today (red), each with the first person's check form a tap away; the
 * township and HQ get the missed ones of their area.
 */
@Component
class CheckWaiting implements WorkWaiting {

	/** The persons the home page lists under each. */
	static final int ON_HOME = 3;

	private static final Set<Role> CHECKERS = EnumSet.of(Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.MEDICAL_STAFF);

	private static final Set<Role> OVERSEERS = EnumSet.of(Role.TOWNSHIP_STAFF, Role.HQ_STAFF, Role.SYSTEM_ADMIN);

	private final SlotDatabase slots;

	private final FieldClock clock;

	CheckWaiting(SlotDatabase slots, FieldClock clock) {
		this.slots = slots;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		Role role = Role.valueOf(viewer.role());
		boolean checker = CHECKERS.contains(role);
		if (!checker && !OVERSEERS.contains(role)) {
			return List.of();
		}
		// One reading of the clock: the day and the time of day read apart could straddle midnight.
		LocalDateTime now = clock.dateTime();
		String scope = viewer.scope().likePattern();
		SlotDatabase.EmptyTally tally = slots.emptyTally(scope, now.toLocalDate(), now.toLocalTime());
		List<Waiting> waiting = new ArrayList<>();
		boolean home = shown == Shown.ON_HOME;
		if (home && checker && tally.due() > 0) {
			waiting.add(new Waiting("checks-due", "monitor.waiting.due", tally.due(), "/observations/today", Tone.DUE,
					items("monitor.waiting.dueItem", slots.dueNow(scope, now.toLocalDate(), now.toLocalTime(), ON_HOME))));
		}
		if (tally.missed() > 0) {
			waiting.add(new Waiting("checks-missed", "monitor.waiting.missed", tally.missed(), "/observations/today#missed-heading",
					Tone.URGENT, home ? items("monitor.waiting.missedItem",
							slots.missed(scope, now.toLocalDate(), now.toLocalTime(), null, ON_HOME)) : List.of()));
		}
		return waiting;
	}

	private static List<Item> items(String messageKey, List<SlotDatabase.MissedSlot> slots) {
		return slots.stream()
			.map(slot -> new Item(messageKey, slot.personName() + " · " + slot.windowStart() + "-" + slot.windowEnd(),
					"/observations/" + slot.observationId() + "/check?slot=" + slot.date() + "/" + slot.slot(), null))
			.toList();
	}
}
