package org.bastion.pushedlists;

import java.time.LocalDate;
import java.util.List;

/** One data row of a pushed list after the row rules: kept, or refused with the field and the reason. */
sealed interface ListImportRow {

	int line();

	List<String> cells();

	/** A row to keep; identifiers in their canonical form, optional facts null when absent. */
	record Valid(int line, List<String> cells, String name, String idNumber, String phone, String origin,
			LocalDate arrivalDate, String address, String township) implements ListImportRow {
	}

	/**
	 * A refused row.
	 *
	 * @param reason the message key saying why, in the user's language when the error file is written
	 * @param argument an argument for that message (the expected check character), or null
	 */
	record Invalid(int line, List<String> cells, String field, String reason, String argument)
			implements ListImportRow {
	}
}
