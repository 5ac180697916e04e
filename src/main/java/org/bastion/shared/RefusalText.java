package org.bastion.shared;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/** A refusal as the words shown on the page after a redirect: every broken rule, in the user's language. */
public final class RefusalText {

	private RefusalText() {
	}

	public static String text(MessageSource messages, BastionException refused, Locale locale) {
		if (refused instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
			return invalid.violations()
				.stream()
				.map(v -> messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale))
				.collect(Collectors.joining(" "));
		}
		return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
	}
}
