package org.bastion.health;

/** A person who checks in with a unit. */
public record StaffUnitMember(long personId, String personName) {
}
