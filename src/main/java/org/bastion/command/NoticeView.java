package org.bastion.command;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A notice as the API and the pages show it: who sent it (login and name), the areas it went to, how many of
 * its places in the viewer's area have read it, whether the viewer has, its attachments, and for a guideline
 * its directive, for a directive the guidelines made from it.
 *
 * @param units the places in the viewer's area that are to read it (townships, villages)
 * @param readUnits how many of those have, through one of their accounts at least
 * @param recipient whether the viewer is among those who read it
 * @param readAt when the viewer first opened it, null when they have not (localReadAt on the field's clock)
 * @param groups the work groups it went to
 * @param members how many members of those groups of the viewer's area are to read it, each account once
 * @param readMembers how many of those have
 * @param personId the person it concerns, or null; personName where the viewer sees them
 * @param replayed true when a repeated client id answered the notice stored the first time
 */
public record NoticeView(long id, NoticeKind kind, String title, String body, String sentBy, String sentByName,
		Instant sentAt, LocalDateTime localSent, List<Place> recipients, int units, int readUnits, boolean recipient,
		Instant readAt, LocalDateTime localReadAt, List<Attachment> attachments, Link directive, List<Link> guidelines,
		List<Group> groups, int members, int readMembers, Long personId, String personName, boolean replayed) {

	public NoticeView {
		recipients = List.copyOf(recipients);
		attachments = List.copyOf(attachments);
		guidelines = List.copyOf(guidelines);
		groups = List.copyOf(groups);
	}

	/** A work group by id and name. */
	public record Group(long id, String name) {
	}

	/** A place by code and name. */
	public record Place(String code, String name) {
	}

	/** A file of the notice, downloaded at {@code /api/v1/notices/{id}/attachments/{attachmentId}}. */
	public record Attachment(long id, String fileName, String contentType, long size) {
	}

	/** Another notice named from this one. */
	public record Link(long id, String title) {
	}

	public boolean read() {
		return readAt != null;
	}

	NoticeView asReplay() {
		return new NoticeView(id, kind, title, body, sentBy, sentByName, sentAt, localSent, recipients, units, readUnits,
				recipient, readAt, localReadAt, attachments, directive, guidelines, groups, members, readMembers, personId,
				personName, true);
	}
}
