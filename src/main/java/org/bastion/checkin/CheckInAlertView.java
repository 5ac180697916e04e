package org.bastion.checkin;

import java.math.BigDecimal;
import java.time.Instant;

import org.bastion.observation.AlertView.AlertKind;

/** A fever or symptom at check-in, open until someone closes it with what was done. */
record CheckInAlertView(long id, long unitId, long personId, String personName, AlertKind kind,
		BigDecimal temperature, String status, Instant openedAt, String closedBy, String note) {

	public boolean open() {
		return "OPEN".equals(status);
	}
}
