package org.bastion.shared;

/**
 * Text a person typed, made safe for SQL's {@code LIKE … ESCAPE '\'}: its {@code %} and {@code _} match
 * themselves, not any text, so a name with an underscore finds that name only.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/** The text with {@code \}, {@code %} and {@code _} escaped by {@code \}, for a pattern the caller completes. */
	public static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
