package org.bastion.command;

/** A member of a work group as the API and the pages show them: the account by login, their name beside. */
public record WorkGroupMember(long userId, String username, String name, boolean head) {
}
