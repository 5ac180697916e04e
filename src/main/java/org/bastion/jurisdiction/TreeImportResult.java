package org.bastion.jurisdiction;

import java.util.List;

/** What an import did: nodes created and renamed, and every row refused with its line and reason. */
public record TreeImportResult(int rows, int created, int renamed, int unchanged, List<RejectedRow> rejected) {

	/**
	 * A refused row; {@code reason} is a message key, {@code argument} what it names (two arguments
	 * are separated by {@link #SEPARATOR}: an argument may be a cell as written, commas and all).
	 *
	 * <p>The code and the argument are cut to {@link #ECHO} characters: they are what the file said,
	 * and each refused row once echoed a whole cell three times (code, argument and message), which
	 * made a 2 MB tree file's answer 482 MB.
	 */
	public record RejectedRow(int line, String code, String reason, String argument) {

		/** Longer than any good code (24) or level name, so that a refused one is still recognisable. */
		public static final int ECHO = 30;

		public static final String SEPARATOR = "\u001F";

		public RejectedRow {
			code = shortened(code);
			argument = shortened(argument);
		}

		private static String shortened(String text) {
			return text == null || text.length() <= ECHO ? text : text.substring(0, ECHO) + "…";
		}

		/** The arguments of the reason's message. */
		public Object[] arguments() {
			return argument == null ? new Object[] { null } : argument.split(SEPARATOR, -1);
		}
	}
}
