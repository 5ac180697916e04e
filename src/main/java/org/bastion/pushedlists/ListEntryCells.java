package org.bastion.pushedlists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.pushedlists.ListColumns.Field;

/**
 * A list row as sent, stored beside the entry's own columns without saying anything twice. A cell whose
 * text is exactly what the entry keeps in a column of its own (name, ID number, phone, origin, arrival
 * date, address) is stored empty and read back from that column; every other cell is stored as sent. The
 * result file goes back up in the sender's own columns and text either way.
 *
 * <p>Why: at a million rows the stored cells were the widest part of an entry, about 2.5 times the
 * CSV's bytes with the parsed columns, and PostgreSQL's COPY of the entries was the import's largest
 * cost. Rows stored whole before this change read back unchanged: a cell that is not empty is taken as
 * it is.
 */
final class ListEntryCells {

	/** What an entry keeps in columns of its own, in the stored form a cell is compared with. */
	record Kept(String name, String idNumber, String phone, String origin, LocalDate arrivalDate, String address) {

		static Kept of(ListImportRow.Valid row) {
			return new Kept(row.name(), row.idNumber(), row.phone(), row.origin(), row.arrivalDate(), row.address());
		}

		static Kept of(ListEntryDatabase.EntryRow row) {
			return new Kept(row.name(), row.idNumber(), row.phone(), row.origin(), row.arrivalDate(), row.address());
		}

		private String text(Field field) {
			return switch (field) {
				case NAME -> name;
				case ID_NUMBER -> idNumber;
				case PHONE -> phone;
				case ORIGIN -> origin;
				case ARRIVAL_DATE -> arrivalDate == null ? null : arrivalDate.toString();
				case ADDRESS -> address;
				default -> null;
			};
		}
	}

	private static final List<Field> KEPT = List.of(Field.NAME, Field.ID_NUMBER, Field.PHONE, Field.ORIGIN,
			Field.ARRIVAL_DATE, Field.ADDRESS);

	/** Per column of the list, the field the entry keeps from it, or null. */
	private final Field[] keptFrom;

	ListEntryCells(ListColumns columns) {
		int width = 0;
		for (Field field : KEPT) {
			width = Math.max(width, columns.index(field).orElse(-1) + 1);
		}
		this.keptFrom = new Field[width];
		for (Field field : KEPT) {
			columns.index(field).ifPresent(column -> keptFrom[column] = field);
		}
	}

	/** The cells to store: joined by U+001F, those the entry keeps elsewhere left empty. */
	String pack(ListImportRow.Valid row) {
		Kept kept = Kept.of(row);
		List<String> cells = row.cells();
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				joined.append(ListImportPolicy.CELL_SEPARATOR);
			}
			String cell = cells.get(i);
			Field field = i < keptFrom.length ? keptFrom[i] : null;
			if (field == null || !cell.equals(kept.text(field))) {
				joined.append(cell.replace(ListImportPolicy.CELL_SEPARATOR, ' '));
			}
		}
		return joined.toString();
	}

	/** The row as sent, from what {@link #pack} stored and the entry's own columns. */
	List<String> unpack(String stored, Kept kept) {
		List<String> cells = new ArrayList<>(ListImportPolicy.split(stored));
		for (int i = 0; i < cells.size() && i < keptFrom.length; i++) {
			if (keptFrom[i] != null && cells.get(i).isEmpty()) {
				String text = kept.text(keptFrom[i]);
				cells.set(i, text == null ? "" : text);
			}
		}
		return cells;
	}
}
