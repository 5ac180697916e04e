package org.bastion.shared;

/** Reads the cursor of a list paged by key: the id of the last row of the page before. */
public final class Paging {

	private Paging() {
	}

	/**
	 * The id the cursor names, or null for the first page.
	 *
	 * @param messageKey the refusal's words when the cursor is not an id
	 */
	public static Long cursorId(String cursor, String messageKey) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(cursor.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(new FieldViolation("cursor", "shape", messageKey));
		}
	}
}
