package org.bastion.observation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;

/** A refusal's words by field, in the viewer's language, for a page form without a bound form object. */
final class FieldMessages {

	private FieldMessages() {
	}

	/** The first message of each field refused, in the order the service named them. */
	static Map<String, String> of(InvalidInputException refused, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		refused.violations().forEach(v -> errors.putIfAbsent(v.field(),
				messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale)));
		return errors;
	}
}
