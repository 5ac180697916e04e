package org.bastion.command;

import java.time.Instant;
import java.util.List;

import org.bastion.shared.JurisdictionPath;

/**
 * A notice, directive or guideline was sent: what reporting (how many went out today) and others need
 * without asking back.
 *
 * @param senderPath the sender's area
 * @param recipientCodes the areas it was sent to, as chosen
 * @param units how many places (townships, villages) are to read it
 * @param directiveId the directive a guideline was made from, or null
 * @param groupIds the work groups it was sent to
 * @param members how many members of those groups are to read it, each account once
 * @param personId the person it concerns, or null
 */
public record NoticeSent(long noticeId, NoticeKind kind, String title, String sentBy, JurisdictionPath senderPath,
		List<String> recipientCodes, int units, Long directiveId, Instant sentAt, List<Long> groupIds, int members,
		Long personId) {

	public NoticeSent {
		recipientCodes = List.copyOf(recipientCodes);
		groupIds = List.copyOf(groupIds);
	}
}
