package org.bastion.jurisdiction.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.bastion.jurisdiction.TreeImportResult;
import org.springframework.context.MessageSource;

/** What a tree import did, each refused row with its reason as a key and in the caller's language. */
record ImportResponse(int rows, int created, int renamed, int unchanged, List<Rejected> rejected)
		implements Serializable {

	record Rejected(int line, String code, String reason, String argument, String message) implements Serializable {
	}

	static ImportResponse of(TreeImportResult result, MessageSource messages, Locale locale) {
		return new ImportResponse(result.rows(), result.created(), result.renamed(), result.unchanged(),
				result.rejected()
					.stream()
					.map(row -> new Rejected(row.line(), row.code(), row.reason(), row.argument(),
							messages.getMessage(row.reason(), new Object[] { row.argument() }, row.reason(), locale)))
					.toList());
	}
}
