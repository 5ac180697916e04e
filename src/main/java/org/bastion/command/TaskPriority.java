package org.bastion.command;

/** How soon a task is to be done besides its due time: an urgent one is marked red in the inbox. */
public enum TaskPriority {
	NORMAL, URGENT
}
