package org.bastion.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a failed start so that the last line of the log says why and what to do: an operator
 * reads the end of the log first, and a service manager often shows only that line. Spring Boot's
 * own reporter is silenced in {@code application.properties} because its block would otherwise
 * come after ours; a long analysis is still printed in full above the line.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

	private static final Logger log = LoggerFactory.getLogger(OneLineFailureReporter.class);

	@Override
	public void report(FailureAnalysis analysis) {
		String description = String.valueOf(analysis.getDescription()).strip();
		String action = analysis.getAction() == null ? "" : analysis.getAction().strip();
		if (description.contains("\n") || action.contains("\n")) {
			log.error("\n\n{}\n\n{}\n", description, action);
		}
		log.error("Bastion did not start: {} {}", oneLine(description), oneLine(action));
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
