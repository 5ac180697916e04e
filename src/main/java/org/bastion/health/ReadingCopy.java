package org.bastion.health;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Readings into {@code health_reading} through PostgreSQL's {@code COPY … FROM STDIN}: the rows stream
 * as CSV in the protocol's copy messages, with no arrays to build, send and unpack and no statement to
 * plan, and PostgreSQL routes each row to its month's partition. COPY answers no keys, so the ids are
 * taken from the table's sequence first, in one statement, and written with the rows: the caller's
 * answers name each reading. The vendor path beside {@link ReadingDatabase}'s portable set statement.
 */
final class ReadingCopy {

	private static final String COPY = """
			COPY health_reading (id, source, recorded_by, recorded_at, observation_id, reading_date, slot, person_id,
			  temperature, symptoms, client_id, jurisdiction_path) FROM STDIN WITH (FORMAT csv)""";

	private static final String COPY_CLIENT_IDS = """
			COPY health_reading_client_id (client_id, reading_id, reading_date) FROM STDIN WITH (FORMAT csv)""";

	private static final String IDS = """
			SELECT nextval(pg_get_serial_sequence('health_reading', 'id')) FROM generate_series(1, ?)""";

	/** Bytes gathered before a copy message is sent: a batch of 500 readings is about 60 KB. */
	private static final int BUFFER = 1 << 16;

	private ReadingCopy() {
	}

	/**
	 * Writes the readings and their client ids on the connection, inside its transaction, and answers the
	 * readings' ids in order. The client ids go first: one seen before breaks their key before any
	 * reading is sent.
	 */
	static long[] copy(Connection connection, List<ReadingDatabase.NewReading> rows, ReadingSource source,
			String recordedBy, Instant recordedAt) throws SQLException {
		long[] ids = ids(connection, rows.size());
		PGConnection postgres = connection.unwrap(PGConnection.class);
		StringBuilder clientIds = new StringBuilder(rows.size() * 64);
		for (int i = 0; i < ids.length; i++) {
			ReadingDatabase.NewReading row = rows.get(i);
			if (row.clientId() != null) {
				text(clientIds, row.clientId());
				clientIds.append(',').append(ids[i]).append(',').append(row.date()).append('\n');
			}
		}
		if (!clientIds.isEmpty()) {
			send(postgres, COPY_CLIENT_IDS, clientIds);
		}
		StringBuilder common = new StringBuilder(128);
		text(common.append(','), source.name());
		text(common.append(','), recordedBy);
		common.append(',').append(recordedAt.atOffset(ZoneOffset.UTC)).append(',');
		String shared = common.toString();
		PGCopyOutputStream stream = new PGCopyOutputStream(postgres, COPY, BUFFER);
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
			StringBuilder line = new StringBuilder(256);
			for (int i = 0; i < ids.length; i++) {
				ReadingDatabase.NewReading row = rows.get(i);
				line.setLength(0);
				line.append(ids[i]).append(shared);
				line.append(row.observationId()).append(',');
				line.append(row.date()).append(',');
				line.append(row.slot()).append(',');
				line.append(row.personId()).append(',');
				line.append(row.temperature().toPlainString()).append(',');
				// Never null, and an empty text must stay an empty text, not become NULL.
				text(line, ReadingDatabase.symptomsToColumn(row.symptoms()));
				line.append(',');
				if (row.clientId() != null) {
					text(line, row.clientId());
				}
				line.append(',');
				text(line, row.path().value());
				line.append('\n');
				out.append(line);
			}
			out.flush();
			long copied = stream.endCopy();
			if (copied != ids.length) {
				throw new IllegalStateException("Copied " + copied + " readings of " + ids.length);
			}
			return ids;
		}
		catch (IOException failed) {
			if (failed.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new UncheckedIOException(failed);
		}
		finally {
			// Whatever went wrong, what was sent so far is not to be taken as the whole batch.
			if (stream.isActive()) {
				stream.cancelCopy();
			}
		}
	}

	/** One copy of lines already built. */
	private static void send(PGConnection postgres, String copy, CharSequence lines) throws SQLException {
		PGCopyOutputStream stream = new PGCopyOutputStream(postgres, copy, BUFFER);
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
			out.append(lines);
			out.flush();
			stream.endCopy();
		}
		catch (IOException failed) {
			if (failed.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new UncheckedIOException(failed);
		}
		finally {
			if (stream.isActive()) {
				stream.cancelCopy();
			}
		}
	}

	/** {@code n} fresh ids of the readings' sequence, ascending. */
	private static long[] ids(Connection connection, int n) throws SQLException {
		long[] ids = new long[n];
		try (PreparedStatement next = connection.prepareStatement(IDS)) {
			next.setInt(1, n);
			try (ResultSet rs = next.executeQuery()) {
				int i = 0;
				while (rs.next()) {
					ids[i++] = rs.getLong(1);
				}
				if (i != n) {
					throw new IllegalStateException("Asked for " + n + " ids, got " + i);
				}
			}
		}
		Arrays.sort(ids);
		return ids;
	}

	/** The value quoted, quotes doubled: CSV copy reads an unquoted empty field as NULL. */
	private static void text(StringBuilder line, String value) {
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
