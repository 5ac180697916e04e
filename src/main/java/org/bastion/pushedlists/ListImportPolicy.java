package org.bastion.pushedlists;

import java.time.LocalDate;
import java.util.List;

import org.bastion.people.IdNumber.InvalidIdNumberException;
import org.bastion.people.IdNumber;
import org.bastion.people.PhoneNumber.InvalidPhoneNumberException;
import org.bastion.people.PhoneNumber;
import org.bastion.pushedlists.ListColumns.Field;
import org.bastion.shared.TabularFile;

/**
 * The rules a row of a pushed list must keep: a name; an ID number or a phone to find the person by,
 * each valid if present (ID check character, birth date, length; 11-digit mobile); a real arrival date if
 * one is given. The first broken rule refuses the row.
 */
final class ListImportPolicy {

	static final int MAX_NAME = 50;

	static final int MAX_TEXT = 200;

	/** The stored row as sent: cells joined by U+001F, within the column's 4,000 characters. */
	static final int MAX_ROW = 4000;

	static final char CELL_SEPARATOR = '\u001F';

	private final ListColumns columns;

	private final LocalDate today;

	private final int maxCellLength;

	ListImportPolicy(ListColumns columns, LocalDate today) {
		this(columns, today, TabularFile.Limits.DEFAULT.maxCellLength());
	}

	ListImportPolicy(ListColumns columns, LocalDate today, int maxCellLength) {
		this.columns = columns;
		this.today = today;
		this.maxCellLength = maxCellLength;
	}

	ListImportRow check(TabularFile.Line line) {
		List<String> cells = line.cells();
		int number = line.number();
		if (line.overlong() >= 0) {
			// The reader cut the cell; its arguments are the column as people count them and the limit.
			return new ListImportRow.Invalid(number, cells, "cell", "pushedList.row.cell.tooLong",
					(line.overlong() + 1) + "," + maxCellLength);
		}
		if (joinedLength(cells) > MAX_ROW) {
			return new ListImportRow.Invalid(number, cells, "row", "pushedList.row.tooLong", null);
		}
		String name = cell(line, Field.NAME);
		if (name.isEmpty()) {
			return new ListImportRow.Invalid(number, cells, "name", "pushedList.row.name.required", null);
		}
		if (name.length() > MAX_NAME) {
			return new ListImportRow.Invalid(number, cells, "name", "pushedList.row.name.size", null);
		}
		String rawId = cell(line, Field.ID_NUMBER);
		String idNumber = null;
		if (!rawId.isEmpty()) {
			try {
				idNumber = IdNumber.parse(rawId, today).value();
			}
			catch (InvalidIdNumberException bad) {
				return new ListImportRow.Invalid(number, cells, "idNumber",
						"pushedList.row.idNumber." + bad.problem().name(),
						bad.expectedCheckCharacter().map(String::valueOf).orElse(null));
			}
		}
		String rawPhone = cell(line, Field.PHONE);
		String phone = null;
		if (!rawPhone.isEmpty()) {
			try {
				phone = PhoneNumber.parse(rawPhone).value();
			}
			catch (InvalidPhoneNumberException bad) {
				return new ListImportRow.Invalid(number, cells, "phone", "pushedList.row.phone." + bad.problem().name(),
						null);
			}
		}
		if (idNumber == null && phone == null) {
			return new ListImportRow.Invalid(number, cells, "idNumber", "pushedList.row.idNumberOrPhone", null);
		}
		String rawDate = cell(line, Field.ARRIVAL_DATE);
		LocalDate arrival = null;
		if (!rawDate.isEmpty()) {
			arrival = ListImportDates.parse(rawDate).orElse(null);
			if (arrival == null) {
				return new ListImportRow.Invalid(number, cells, "arrivalDate", "pushedList.row.arrivalDate.invalid",
						null);
			}
		}
		String origin = cell(line, Field.ORIGIN);
		String address = cell(line, Field.ADDRESS);
		if (origin.length() > MAX_TEXT || address.length() > MAX_TEXT) {
			return new ListImportRow.Invalid(number, cells, origin.length() > MAX_TEXT ? "origin" : "address",
					"pushedList.row.text.size", String.valueOf(MAX_TEXT));
		}
		return new ListImportRow.Valid(number, cells, name, idNumber, phone, blankToNull(origin), arrival,
				blankToNull(address), blankToNull(cell(line, Field.TOWNSHIP)));
	}

	private String cell(TabularFile.Line line, Field field) {
		return columns.index(field).map(line::cell).map(String::strip).orElse("");
	}

	private static int joinedLength(List<String> cells) {
		int length = Math.max(0, cells.size() - 1);
		for (String cell : cells) {
			length += cell.length();
		}
		return length;
	}

	/** The cells as one stored value; a separator inside a cell would split it, so it becomes a space. */
	static String join(List<String> cells) {
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				joined.append(CELL_SEPARATOR);
			}
			joined.append(cells.get(i).replace(CELL_SEPARATOR, ' '));
		}
		return joined.toString();
	}

	static List<String> split(String joined) {
		return List.of(joined.split(String.valueOf(CELL_SEPARATOR), -1));
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
