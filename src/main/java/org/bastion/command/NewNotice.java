package org.bastion.command;

import java.util.List;

/**
 * A notice to send: its words and whom it goes to, areas of the sender's each with everything below it
 * ({@code recipients}, codes) and work groups of the sender's area ({@code groupIds}, every member reads it).
 *
 * @param kind null for a notice ({@link NoticeKind#NOTICE})
 * @param directiveId the directive a guideline is made from; a guideline names one, the other kinds none
 * @param personId the person the notice concerns, if any (a person of the sender's area): their timeline shows it
 * @param clientId the page's or caller's id of this submission: the same id again answers the first notice
 */
public record NewNotice(NoticeKind kind, String title, String body, List<String> recipients, Long directiveId,
		String clientId, List<Long> groupIds, Long personId) {

	public NewNotice {
		recipients = recipients == null ? List.of() : recipients.stream().filter(code -> code != null && !code.isBlank())
			.map(String::strip).distinct().toList();
		groupIds = groupIds == null ? List.of() : groupIds.stream().filter(id -> id != null).distinct().toList();
	}

	public NewNotice withClientId(String id) {
		return new NewNotice(kind, title, body, recipients, directiveId, id, groupIds, personId);
	}

	NoticeKind kindOrNotice() {
		return kind == null ? NoticeKind.NOTICE : kind;
	}
}
