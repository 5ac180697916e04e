package org.bastion.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * Reads contacts pasted one per line: name, phone, ID number, relation, last exposure date, separated by
 * commas (half- or full-width), tabs (a copied spreadsheet) or 、; empty trailing fields may be left out.
 */
final class ContactLines {

	private ContactLines() {
	}

	/** @throws InvalidInputException naming the line of a date that is not one */
	public static List<NewContact> parse(String text) {
		List<NewContact> rows = new ArrayList<>();
		List<FieldViolation> violations = new ArrayList<>();
		if (text == null) {
			return rows;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("[,，\\t、]", -1);
			LocalDate exposure = null;
			String date = field(f, 4);
			if (date != null) {
				try {
					exposure = LocalDate.parse(date.replace('/', '-').replace('.', '-'));
				}
				catch (DateTimeParseException e) {
					violations.add(new FieldViolation("contacts[" + rows.size() + "].lastExposureDate", "shape",
							"contact.row.exposureShape", rows.size() + 1));
				}
			}
			rows.add(new NewContact(field(f, 0), field(f, 1), field(f, 2), field(f, 3), exposure));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return rows;
	}

	private static String field(String[] fields, int i) {
		return i < fields.length && !fields[i].isBlank() ? fields[i].strip() : null;
	}
}
