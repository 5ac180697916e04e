package org.bastion.pushedlists;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.CopyIn;

/**
 * A slice of entries into {@code list_entry} through PostgreSQL's {@code COPY … FROM STDIN}: the rows
 * stream as CSV in the protocol's copy messages, with no statement to parse, plan or bind per row and
 * no arrays to build and unpack. The vendor path beside {@link ListEntryDatabase}'s portable statement.
 */
final class ListEntryCopy {

	private static final String COPY = """
			COPY list_entry (list_id, line, name, id_number, phone, origin, arrival_date, address, cells, person_id,
			  dispatched_to, jurisdiction_code, jurisdiction_path, deadline) FROM STDIN WITH (FORMAT csv)""";

	private ListEntryCopy() {
	}

	/** Writes the entries on the connection, inside its transaction. */
	static long copy(Connection connection, long listId, LocalDate deadline, List<ListEntryDatabase.NewEntry> entries)
			throws SQLException {
		String list = Long.toString(listId);
		String due = deadline.toString();
		return CopyIn.copy(connection, COPY, out -> {
			StringBuilder line = new StringBuilder(512);
			for (ListEntryDatabase.NewEntry entry : entries) {
				ListImportRow.Valid row = entry.row();
				line.setLength(0);
				line.append(list).append(',').append(row.line());
				text(line, row.name());
				text(line, row.idNumber());
				text(line, row.phone());
				text(line, row.origin());
				line.append(',');
				if (row.arrivalDate() != null) {
					line.append(row.arrivalDate());
				}
				text(line, row.address());
				text(line, entry.cells());
				line.append(',');
				if (entry.personId() != null) {
					line.append(entry.personId().longValue());
				}
				text(line, entry.dispatch().kind());
				text(line, entry.dispatch().code());
				text(line, entry.dispatch().path().value());
				line.append(',').append(due).append('\n');
				out.append(line);
			}
		});
	}

	/** A comma, then the field. */
	private static void text(StringBuilder line, String value) {
		CopyIn.text(line.append(','), value);
	}
}
