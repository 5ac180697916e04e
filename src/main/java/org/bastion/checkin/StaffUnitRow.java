package org.bastion.checkin;

import java.util.List;

import org.bastion.observation.CheckWindow;
import org.bastion.shared.JurisdictionPath;

/** A check-in unit as stored. */
record StaffUnitRow(long id, String name, List<CheckWindow> windows, String jurisdictionCode,
		JurisdictionPath jurisdictionPath, String createdBy) {
}
