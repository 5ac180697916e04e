package org.bastion.checkin;

/** A person who checks in with a unit. */
record StaffUnitMember(long personId, String personName) {
}
