package org.bastion.command;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The notice form as typed: up to three areas from the place picker (each with everything below it), the work
 * groups of the area ticked, the person it concerns from the person picker, the files picked; turned into a
 * {@link NewNotice} and its uploads.
 */
record NoticeForm(String kind, String title, String body, String recipient1, String recipient2, String recipient3,
		Long directiveId, List<MultipartFile> files, String clientId, List<String> groupIds, String personId) {

	/** Stands for an id typed as no number: the service names it unknown, as it does an id of nothing. */
	private static final long NO_SUCH_ID = -1;

	static NoticeForm blank(NoticeKind kind, Long directiveId, String title) {
		return new NoticeForm(kind.name(), title, "", "", "", "", directiveId, List.of(), "page-" + UUID.randomUUID(),
				List.of(), "");
	}

	/** Whether a group is ticked, so that a refused form shows it ticked again (public: the template calls it). */
	public boolean picked(long groupId) {
		return groupIds != null && groupIds.contains(Long.toString(groupId));
	}

	NewNotice toNotice() {
		List<String> recipients = new ArrayList<>();
		for (String code : new String[] { recipient1, recipient2, recipient3 }) {
			if (code != null && !code.isBlank()) {
				recipients.add(code);
			}
		}
		List<Long> groups = groupIds == null ? List.of()
				: groupIds.stream().filter(g -> g != null && !g.isBlank()).map(NoticeForm::id).toList();
		return new NewNotice(chosenKind(), title, body, recipients, directiveId, Idempotency.ofForm(clientId), groups,
				personId == null || personId.isBlank() ? null : id(personId));
	}

	List<NoticeUpload> uploads() {
		return uploads(files);
	}

	/** The service's refusals as this form names its fields: the areas' beside the first picker. */
	static InvalidInputException onForm(InvalidInputException refused) {
		return new InvalidInputException(refused.violations().stream()
			.map(v -> "recipients".equals(v.field())
					? new FieldViolation("recipient1", v.rule(), v.messageKey(), v.arguments()) : v)
			.toList());
	}

	/** The files of a multipart request as the service takes them, read from where the server keeps them. */
	static List<NoticeUpload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null).map(f -> new NoticeUpload(f.getOriginalFilename(), f.getSize(), f)).toList();
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed.strip());
		}
		catch (NumberFormatException e) {
			return NO_SUCH_ID;
		}
	}

	private NoticeKind chosenKind() {
		for (NoticeKind k : NoticeKind.values()) {
			if (k.name().equals(kind)) {
				return k;
			}
		}
		return NoticeKind.NOTICE;
	}
}
