package org.bastion.jurisdiction;

import java.util.List;

/** What an import did: nodes created and renamed, and every row refused with its line and reason. */
public record TreeImportResult(int rows, int created, int renamed, int unchanged, List<RejectedRow> rejected) {

	/** A refused row; {@code reason} is a message key, {@code argument} what it names. */
	public record RejectedRow(int line, String code, String reason, String argument) {
	}
}
