package org.bastion.checkin;

/** A person who checks in with a unit. */
public record StaffUnitMember(long personId, String personName) {
}
