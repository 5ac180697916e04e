package org.bastion.command;

import java.time.Instant;
import java.util.List;

/**
 * Who has read a notice, for its sender's side: the places of the viewer's area that are to read it, those
 * none of whose accounts has opened it yet first, each with its accounts (who read it and when, or who has
 * not). A place is read once one of its accounts has opened the notice. Beside them the work groups of the
 * viewer's area it went to, each with its members as they were when it was sent: who has not opened it, who has.
 *
 * @param members the members of those groups, each account once; readMembers how many of them have read it
 */
public record NoticeReading(long noticeId, int units, int readUnits, List<Unit> unread, List<Unit> read, int members,
		int readMembers, List<Group> groups) {

	public NoticeReading {
		unread = List.copyOf(unread);
		read = List.copyOf(read);
		groups = List.copyOf(groups);
	}

	/** A work group the notice went to, its members who have not opened it and those who have. */
	public record Group(long groupId, String name, List<Reader> unread, List<Reader> read) {

		public Group {
			unread = List.copyOf(unread);
			read = List.copyOf(read);
		}
	}

	/** A place that reads the notice, with its accounts. */
	public record Unit(String jurisdictionCode, String placeName, List<Reader> accounts) {

		public Unit {
			accounts = List.copyOf(accounts);
		}
	}

	/** An account of a place: its login, its name, and when it opened the notice (null: not yet). */
	public record Reader(String username, String name, Instant readAt) {
	}
}
