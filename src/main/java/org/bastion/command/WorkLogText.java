package org.bastion.command;

/**
 * The sections of a work log (工作日志) as the evening review drafts them and the HQ edits them: the day's
 * reports, the alerts, the tasks, and the HQ's own assessment with what is to be done next. A section left
 * blank is stored as null.
 */
record WorkLogText(String reports, String alerts, String tasks, String assessment) {

	/** The longest a section may be. */
	static final int SECTION_LENGTH = 4000;

	/** The section names as the API's fields and the page's textareas name them, in the log's order. */
	static final java.util.List<String> SECTIONS = java.util.List.of("reports", "alerts", "tasks", "assessment");

	WorkLogText {
		reports = stripped(reports);
		alerts = stripped(alerts);
		tasks = stripped(tasks);
		assessment = stripped(assessment);
	}

	boolean blank() {
		return reports == null && alerts == null && tasks == null && assessment == null;
	}

	/** A section by its name in {@link #SECTIONS}. */
	public String section(String name) {
		return switch (name) {
			case "reports" -> reports;
			case "alerts" -> alerts;
			case "tasks" -> tasks;
			case "assessment" -> assessment;
			default -> throw new IllegalArgumentException("No section " + name);
		};
	}

	/** The first words of the log, for a list of logs. */
	String excerpt(int length) {
		String first = assessment != null ? assessment : reports != null ? reports : alerts != null ? alerts : tasks;
		if (first == null) {
			return "";
		}
		String line = first.replaceAll("\\s+", " ");
		return line.length() <= length ? line : line.substring(0, length) + "…";
	}

	private static String stripped(String text) {
		return text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
	}
}
