package org.bastion.web;

/**
 * Control characters no form or API field has a use for. PostgreSQL cannot store NUL in text at
 * all (and answered it as a database error), and the other C0 controls are never typed by a person:
 * they come from a broken client or a probe. Tab, line feed and carriage return are text.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	static boolean in(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}
}
