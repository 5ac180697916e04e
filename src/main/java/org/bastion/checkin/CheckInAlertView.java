package org.bastion.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.bastion.observation.AlertView.AlertKind;
import org.bastion.shared.AccountNames;

/**
 * A fever or symptom at check-in, open until someone closes it with what was done.
 *
 * @param closedByName the display name of who closed it ({@code closedBy} is the login)
 */
record CheckInAlertView(long id, long unitId, long personId, String personName, AlertKind kind,
		BigDecimal temperature, String status, Instant openedAt, String closedBy, String closedByName, String note) {

	/** The alerts with their closers' display names, looked up once for them all. */
	static List<CheckInAlertView> named(List<CheckInAlertView> alerts, AccountNames names) {
		UnaryOperator<String> name = names.namer(alerts.stream().map(CheckInAlertView::closedBy).toList());
		return alerts.stream()
			.map(a -> new CheckInAlertView(a.id, a.unitId, a.personId, a.personName, a.kind, a.temperature, a.status,
					a.openedAt, a.closedBy, name.apply(a.closedBy), a.note))
			.toList();
	}

	public boolean open() {
		return "OPEN".equals(status);
	}
}
