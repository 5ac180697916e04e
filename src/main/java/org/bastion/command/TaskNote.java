package org.bastion.command;

/** What the assignee writes when a task is done (what was done) or refused (why not). */
public record TaskNote(String note) {
}
