package org.bastion.observation;

import java.util.List;

import org.bastion.shared.FieldClock;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The open fever and symptom alerts of the viewer's people (their area) as waiting work, in red, the newest
 * a tap away. The navigation shows their count live ({@link AlertPageController#badge}), so a new alert
 * appears there without a reload.
 */
@Component
class AlertWaiting implements WorkWaiting {

	/** The id the layout knows this kind by, to show it as the live badge instead of a still one. */
	static final String ID = "alerts";

	static final int ON_HOME = 3;

	private final AlertDatabase alerts;

	private final FieldClock clock;

	AlertWaiting(AlertDatabase alerts, FieldClock clock) {
		this.alerts = alerts;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer) {
		String scope = viewer.scope().likePattern();
		long open = alerts.countOpen(scope);
		if (open == 0) {
			return List.of();
		}
		List<Item> newest = alerts.list(scope, "OPEN", null, ON_HOME).stream()
			.map(a -> new Item("alert.kind." + a.kind(), a.personName() + " · " + a.temperature() + "℃",
					"/alerts/" + a.id(), clock.local(a.openedAt())))
			.toList();
		return List.of(new Waiting(ID, "alert.waiting", open, "/alerts", Tone.URGENT, newest));
	}
}
