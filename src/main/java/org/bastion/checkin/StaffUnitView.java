package org.bastion.checkin;

import java.util.List;

/** A check-in unit with its windows and members. */
record StaffUnitView(long id, String name, String jurisdictionCode, List<String> windows,
		List<StaffUnitMember> members, String createdBy) {
}
