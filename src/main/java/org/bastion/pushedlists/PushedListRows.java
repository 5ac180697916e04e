package org.bastion.pushedlists;

import java.time.Instant;
import java.util.List;

/** Rows of a list as written to files: the refused ones for the error file, the verified ones for the result. */
final class PushedListRows {

	private PushedListRows() {
	}

	/** A refused row: its line, its cells as sent, the field and the message key of the reason. */
	public record Refusal(int line, List<String> cells, String field, String reason, String argument) {
	}

	/** An entry with its cells as sent and what the grid found. */
	public record Result(List<String> cells, String jurisdictionCode, VerificationOutcome outcome,
			VerificationRoute route, String note, String verifiedByName, Instant verifiedAt) {
	}
}
