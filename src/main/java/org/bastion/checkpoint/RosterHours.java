package org.bastion.checkpoint;

/** Hours on duty of one person at a checkpoint over a range of days. */
public record RosterHours(long userId, String username, String name, long shifts, double hours) {
}
