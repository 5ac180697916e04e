package org.bastion.shared;

import java.sql.PreparedStatement;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Inserts one row and answers the id the database generated for it. The key column is named, because
 * PostgreSQL otherwise hands back every column of the new row and H2 its identity only.
 */
public final class Inserts {

	private static final String ID = "id";

	private Inserts() {
	}

	/** Runs {@code insert}, with its parameters bound (positional or named), and answers the new row's id. */
	public static long returningId(JdbcClient.StatementSpec insert) {
		KeyHolder key = new GeneratedKeyHolder();
		insert.update(key, ID);
		return key.getKeyAs(Long.class);
	}

	/** As {@link #returningId(JdbcClient.StatementSpec)}, for an insert that may store nothing (ON CONFLICT DO NOTHING). */
	public static Optional<Long> returningIdIfInserted(JdbcClient.StatementSpec insert) {
		KeyHolder key = new GeneratedKeyHolder();
		return insert.update(key, ID) == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Long.class));
	}

	/**
	 * As {@link #returningId(JdbcClient.StatementSpec)}, for a table whose single insert shares its binding
	 * with a batch insert of the same statement.
	 */
	public static long returningId(JdbcOperations jdbc, String insert, PreparedStatementSetter values) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(insert, new String[] { ID });
			values.setValues(statement);
			return statement;
		}, key);
		return key.getKeyAs(Long.class);
	}
}
