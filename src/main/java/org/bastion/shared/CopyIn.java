package org.bastion.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows into a PostgreSQL table through {@code COPY … FROM STDIN WITH (FORMAT csv)}, on a connection and
 * inside its transaction: the bulk path beside the modules' portable set statements, for the writes that
 * come by the hundred thousand (a pushed list's entries, a phone's batch of readings).
 */
public final class CopyIn {

	/** Bytes gathered before a copy message is sent. */
	private static final int BUFFER = 1 << 16;

	/** Writes the CSV lines of one copy, each ending in a newline. */
	@FunctionalInterface
	public interface Lines {

		void writeTo(Writer out) throws IOException;
	}

	private CopyIn() {
	}

	/** Runs one copy and answers the rows PostgreSQL took; on any failure nothing of it is kept. */
	public static long copy(Connection connection, String copy, Lines lines) throws SQLException {
		PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, BUFFER);
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
			lines.writeTo(out);
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
			// Whatever went wrong, what was sent so far is not to be taken as the whole copy.
			if (stream.isActive()) {
				stream.cancelCopy();
			}
		}
	}

	/**
	 * A text field: quoted, quotes doubled, so that an empty text stays an empty text; null is left
	 * unquoted and empty, which CSV copy reads as NULL.
	 */
	public static void text(StringBuilder line, String value) {
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
