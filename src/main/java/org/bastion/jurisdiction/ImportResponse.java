package org.bastion.jurisdiction;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.bastion.jurisdiction.TreeImport.TreeImportResult;
import org.springframework.context.MessageSource;

/**
 * What a tree import did: the counts, and the first refused rows with their reasons as keys and in the
 * caller's language. The answer's size is bounded whatever the file: at most {@link #SHOWN} rows are
 * listed, {@code moreRejected} says how many are not, and the page's CSV has them all.
 *
 * @param rejectedCount every refused row
 * @param rejected the first of them, in line order
 * @param moreRejected those not listed
 */
record ImportResponse(int rows, int created, int renamed, int unchanged, int rejectedCount, List<Refusal> rejected,
		int moreRejected) implements Serializable {

	/** Refused rows an answer lists. */
	static final int SHOWN = 100;

	record Refusal(int line, String code, String reason, String argument, String message) implements Serializable {
	}

	static ImportResponse of(TreeImportResult result, MessageSource messages, Locale locale) {
		List<Refusal> shown = rejected(result, messages, locale, SHOWN);
		return new ImportResponse(result.rows(), result.created(), result.renamed(), result.unchanged(),
				result.rejected().size(), shown, result.rejected().size() - shown.size());
	}

	/** Up to {@code limit} refused rows with their messages. */
	static List<Refusal> rejected(TreeImportResult result, MessageSource messages, Locale locale, int limit) {
		return result.rejected()
			.stream()
			.limit(limit)
			.map(row -> new Refusal(row.line(), row.code(), row.reason(), row.argument(),
					messages.getMessage(row.reason(), row.arguments(), row.reason(), locale)))
			.toList();
	}
}
