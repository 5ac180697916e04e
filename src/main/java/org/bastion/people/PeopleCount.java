package org.bastion.people;

/** How many persons and households an area holds. */
public record PeopleCount(long persons, long households) {
}
