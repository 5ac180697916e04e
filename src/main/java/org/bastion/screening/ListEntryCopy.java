package org.bastion.screening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A slice of entries into {@code list_entry} through PostgreSQL's {@code COPY … FROM STDIN}: the rows
 * stream as CSV in the protocol's copy messages, with no statement to parse, plan or bind per row and
 * no arrays to build and unpack. The vendor path beside {@link ListEntryDatabase}'s portable statement.
 */
final class ListEntryCopy {

	private static final String COPY = """
			COPY list_entry (list_id, line, name, id_number, phone, origin, arrival_date, address, cells, person_id,
			  dispatched_to, jurisdiction_code, jurisdiction_path, deadline) FROM STDIN WITH (FORMAT csv)""";

	/** Bytes gathered before a copy message is sent. */
	private static final int BUFFER = 1 << 16;

	private ListEntryCopy() {
	}

	/** Writes the entries on the connection, inside its transaction. */
	static long copy(Connection connection, long listId, LocalDate deadline, List<ListEntryDatabase.NewEntry> entries)
			throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		String list = Long.toString(listId);
		String due = deadline.toString();
		PGCopyOutputStream stream = new PGCopyOutputStream(postgres, COPY, BUFFER);
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
			StringBuilder line = new StringBuilder(512);
			for (ListEntryDatabase.NewEntry entry : entries) {
				ListImportRow.Accepted row = entry.row();
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
			out.flush();
			return stream.endCopy();
		}
		catch (IOException failed) {
			if (failed.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new UncheckedIOException(failed);
		}
		finally {
			// Whatever went wrong, what was sent so far is not to be taken as the whole slice.
			if (stream.isActive()) {
				stream.cancelCopy();
			}
		}
	}

	/**
	 * A comma, then the value quoted (quotes doubled), so that an empty text stays an empty text; null is
	 * left unquoted and empty, which CSV copy reads as NULL.
	 */
	private static void text(StringBuilder line, String value) {
		line.append(',');
		if (value == null) {
			return;
		}
		line.append('"');
		if (value.indexOf('"') < 0) {
			line.append(value);
		}
		else {
			line.append(value.replace("\"", "\"\""));
		}
		line.append('"');
	}
}
