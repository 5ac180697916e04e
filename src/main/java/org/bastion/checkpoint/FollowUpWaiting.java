package org.bastion.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The roadside's follow-ups as waiting work: fevers caught at the area's checkpoints in red, in the navigation
 * of everyone who sees to them; the people handed over to the area's places, to confirm as arrivals, on the
 * grid's home page.
 */
@Component
class FollowUpWaiting implements WorkWaiting {

	static final int ON_HOME = 3;

	/** Roles are the security module's: their names, as the viewer carries them. Checkpoint staff hand on; they do not follow up. */
	private static final Set<String> FOLLOWING_UP = Set.of("SYSTEM_ADMIN", "HQ_STAFF", "TOWNSHIP_STAFF", "VILLAGE_CADRE",
			"GRID_WORKER", "MEDICAL_STAFF");

	private final FollowUps followUps;

	private final FieldClock clock;

	FollowUpWaiting(FollowUps followUps, FieldClock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		if (viewer.readOnly() || !FOLLOWING_UP.contains(viewer.role())) {
			return List.of();
		}
		List<Waiting> waiting = new ArrayList<>();
		kind(viewer, shown, FollowUpKind.FEVER, "checkpoint-fevers", "followUp.waiting.FEVER", "/checkpoints/fevers",
				Tone.URGENT, waiting);
		if (shown == Shown.ON_HOME) {
			kind(viewer, shown, FollowUpKind.HAND_OVER, "checkpoint-hand-overs", "followUp.waiting.HAND_OVER",
					"/checkpoints/hand-overs", Tone.DUE, waiting);
		}
		return waiting;
	}

	private void kind(Viewer viewer, Shown shown, FollowUpKind kind, String id, String key, String href, Tone tone,
			List<Waiting> into) {
		long open = followUps.countOpen(kind, viewer);
		if (open == 0) {
			return;
		}
		List<Item> newest = shown == Shown.IN_NAVIGATION ? List.of()
				: followUps.newestOpen(kind, viewer, ON_HOME).stream()
					.map(f -> new Item("followUp.item." + kind, text(f), "/checkpoints/follow-ups/" + f.id(),
							clock.local(f.passedAt())))
					.toList();
		into.add(new Waiting(id, key, open, href, tone, newest));
	}

	/** 王五 · 鄂A12345 · 38.2℃ · 共乐镇东卡点 */
	private static String text(FollowUpView f) {
		List<String> parts = new ArrayList<>();
		parts.add(f.name() == null ? "" : f.name());
		if (f.plate() != null) {
			parts.add(f.plate());
		}
		if (f.fever()) {
			parts.add(f.temperature().toPlainString() + "℃");
		}
		parts.add(f.checkpointName());
		return String.join(" · ", parts.stream().filter(p -> !p.isBlank()).toList());
	}
}
