package org.bastion.command;

import java.util.List;

/**
 * A notice to send: its words and the areas it goes to, each a place of the sender's area with everything
 * below it ({@code recipients}, codes).
 *
 * @param kind null for a notice ({@link NoticeKind#NOTICE})
 * @param directiveId the directive a guideline is made from; a guideline names one, the other kinds none
 * @param clientId the page's or caller's id of this submission: the same id again answers the first notice
 */
public record NewNotice(NoticeKind kind, String title, String body, List<String> recipients, Long directiveId,
		String clientId) {

	public NewNotice {
		recipients = recipients == null ? List.of() : recipients.stream().filter(code -> code != null && !code.isBlank())
			.map(String::strip).distinct().toList();
	}

	public NewNotice withClientId(String id) {
		return new NewNotice(kind, title, body, recipients, directiveId, id);
	}

	NoticeKind kindOrNotice() {
		return kind == null ? NoticeKind.NOTICE : kind;
	}
}
