package org.bastion.checkin;

import java.util.List;

/**
 * A check-in unit with its windows and members.
 *
 * @param createdByName the display name of who made it ({@code createdBy} is the login)
 */
public record StaffUnitView(long id, String name, String jurisdictionCode, List<String> windows,
		List<StaffUnitMember> members, String createdBy, String createdByName) {
}
