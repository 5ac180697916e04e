package org.bastion.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a control character in any text of a JSON body while it is read, so the answer can name the
 * field (Jackson keeps the path) instead of the database refusing the row later. Registered with the
 * application's JSON mapper as a module bean; it refuses only while a request is served, so what the
 * application stored itself (events republished at start) is read back as it was written.
 */
@Component
class JsonTextCheck extends SimpleModule {

	JsonTextCheck() {
		super("bastion-json-text-check");
		addDeserializer(String.class, new CheckedText());
	}

	/** Thrown for a text with a control character; {@link ApiProblems} answers it as a 400 naming the field. */
	static final class ControlCharacterInText extends MismatchedInputException {

		ControlCharacterInText(JsonParser parser) {
			super(parser, "A text holds a control character", String.class);
		}
	}

	private static final class CheckedText extends StdScalarDeserializer<String> {

		CheckedText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (ControlCharacters.in(text) && RequestContextHolder.getRequestAttributes() != null) {
				throw new ControlCharacterInText(parser);
			}
			return text;
		}
	}
}
