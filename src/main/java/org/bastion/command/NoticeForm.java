package org.bastion.command;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The notice form as typed: up to three areas from the place picker (each with everything below it), the
 * files picked; turned into a {@link NewNotice} and its uploads.
 */
record NoticeForm(String kind, String title, String body, String recipient1, String recipient2, String recipient3,
		Long directiveId, List<MultipartFile> files, String clientId) {

	static NoticeForm blank(NoticeKind kind, Long directiveId, String title) {
		return new NoticeForm(kind.name(), title, "", "", "", "", directiveId, List.of(), "page-" + UUID.randomUUID());
	}

	NewNotice toNotice() {
		List<String> recipients = new ArrayList<>();
		for (String code : new String[] { recipient1, recipient2, recipient3 }) {
			if (code != null && !code.isBlank()) {
				recipients.add(code);
			}
		}
		return new NewNotice(chosenKind(), title, body, recipients, directiveId, Idempotency.ofForm(clientId));
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

	private NoticeKind chosenKind() {
		for (NoticeKind k : NoticeKind.values()) {
			if (k.name().equals(kind)) {
				return k;
			}
		}
		return NoticeKind.NOTICE;
	}
}
