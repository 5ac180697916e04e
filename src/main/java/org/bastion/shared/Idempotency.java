package org.bastion.shared;

import java.util.regex.Pattern;

/**
 * How a phone that may send the same create twice (a weak signal, a retry) is told apart from a second
 * create: it names the submission with a client id, in the body or in this header, and the one stored
 * under that id is answered again. Every create a phone may retry takes its id through
 * {@link #clientId(String, String, String)} in the controller and {@link #stored(String, String)} in the
 * service, so that the header, the length and the characters mean the same everywhere.
 */
public final class Idempotency {

	/** The header a client may send instead of a body's {@code clientId}. */
	public static final String KEY = "Idempotency-Key";

	/** The longest client id stored, as the {@code client_id} columns are wide. */
	public static final int MAX_LENGTH = 64;

	/** What phones generate (UUIDs, {@code page-…} form ids): nothing a log or a URL would need to escape. */
	private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z._:-]{1," + MAX_LENGTH + "}");

	private Idempotency() {
	}

	/**
	 * The client id a request carries: the body's when it has one, else the header's.
	 *
	 * @param messageKey the refusal's words when the header is longer than {@link #MAX_LENGTH}
	 * @throws InvalidInputException naming the header, when the header is used and too long
	 */
	public static String clientId(String header, String bodyClientId, String messageKey) {
		if (!blank(bodyClientId) || header == null) {
			return bodyClientId;
		}
		if (header.length() > MAX_LENGTH) {
			throw new InvalidInputException(new FieldViolation(KEY, "size", messageKey));
		}
		return header;
	}

	/**
	 * The client id as it is stored and looked up: stripped, or null when there is none.
	 *
	 * @param messageKey the refusal's words when the id is too long or holds other characters
	 * @throws InvalidInputException naming {@code clientId}
	 */
	public static String stored(String clientId, String messageKey) {
		if (blank(clientId)) {
			return null;
		}
		String id = clientId.strip();
		if (!SHAPE.matcher(id).matches()) {
			throw new InvalidInputException(new FieldViolation("clientId", "shape", messageKey));
		}
		return id;
	}

	/**
	 * The client id of a page's hidden field, or null when it is none: a form sent with the field edited
	 * only loses its protection against a double submit, rather than being refused for a field nobody typed.
	 */
	public static String ofForm(String hiddenField) {
		return blank(hiddenField) || !SHAPE.matcher(hiddenField.strip()).matches() ? null : hiddenField.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
