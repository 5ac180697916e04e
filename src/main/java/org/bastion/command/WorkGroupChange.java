package org.bastion.command;

/**
 * A member to add to a work group, or the one to make its head.
 *
 * @param replace for the head: true to replace the head the group has; without it a second head is refused
 */
public record WorkGroupChange(Long userId, Boolean replace) {
}
