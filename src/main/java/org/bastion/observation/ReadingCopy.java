package org.bastion.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.shared.CopyIn;

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
		if (rows.stream().anyMatch(row -> row.clientId() != null)) {
			CopyIn.copy(connection, COPY_CLIENT_IDS, out -> {
				StringBuilder line = new StringBuilder(96);
				for (int i = 0; i < ids.length; i++) {
					ReadingDatabase.NewReading row = rows.get(i);
					if (row.clientId() != null) {
						line.setLength(0);
						CopyIn.text(line, row.clientId());
						line.append(',').append(ids[i]).append(',').append(row.date()).append('\n');
						out.append(line);
					}
				}
			});
		}
		StringBuilder common = new StringBuilder(128);
		CopyIn.text(common.append(','), source.name());
		CopyIn.text(common.append(','), recordedBy);
		common.append(',').append(recordedAt.atOffset(ZoneOffset.UTC)).append(',');
		String shared = common.toString();
		long copied = CopyIn.copy(connection, COPY, out -> {
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
				CopyIn.text(line, Symptom.toColumn(row.symptoms()));
				line.append(',');
				CopyIn.text(line, row.clientId());
				line.append(',');
				CopyIn.text(line, row.path().value());
				line.append('\n');
				out.append(line);
			}
		});
		if (copied != ids.length) {
			throw new IllegalStateException("Copied " + copied + " readings of " + ids.length);
		}
		return ids;
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
}
