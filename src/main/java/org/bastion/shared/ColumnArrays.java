package org.bastion.shared;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Runs a set statement ({@code INSERT … SELECT … FROM UNNEST(?, ?, …)} or {@code MERGE … USING
 * UNNEST(…)}) with one array per column: the database parses and plans it once and handles the rows
 * as one set, where a JDBC batch executes a statement per row. PostgreSQL and H2 both take it.
 * Parameters are bound in order: the scalars first, then one array per column.
 */
public final class ColumnArrays {

	/** One column's values, {@code sqlType} naming the array's element type ("bigint", "varchar", "date", …). */
	public record Column(String sqlType, Object[] values) {
	}

	private final List<Object> scalars = new ArrayList<>();

	private final List<Column> columns = new ArrayList<>();

	private ColumnArrays() {
	}

	public static ColumnArrays of() {
		return new ColumnArrays();
	}

	public ColumnArrays scalar(Object value) {
		scalars.add(value);
		return this;
	}

	public ColumnArrays column(String sqlType, Object[] values) {
		columns.add(new Column(sqlType, values));
		return this;
	}

	/** @return the rows the statement touched */
	public int update(JdbcTemplate jdbc, String sql) {
		return jdbc.execute((ConnectionCallback<Integer>) connection -> run(connection, sql, null, ps -> ps.executeUpdate()));
	}

	/**
	 * Runs an insert and answers the generated {@code keyColumn} of each row, in the order of the arrays:
	 * both databases insert the rows of a set in the order the {@code UNNEST} yields them.
	 */
	public List<Long> insertReturning(JdbcTemplate jdbc, String sql, String keyColumn) {
		return jdbc.execute((ConnectionCallback<List<Long>>) connection -> run(connection, sql, keyColumn, ps -> {
			ps.executeUpdate();
			List<Long> keys = new ArrayList<>();
			try (ResultSet generated = ps.getGeneratedKeys()) {
				while (generated.next()) {
					keys.add(generated.getLong(1));
				}
			}
			return keys;
		}));
	}

	private interface Execution<T> {

		T run(PreparedStatement statement) throws SQLException;

	}

	private <T> T run(Connection connection, String sql, String keyColumn, Execution<T> execution) throws SQLException {
		List<Array> arrays = new ArrayList<>(columns.size());
		try (PreparedStatement ps = keyColumn == null ? connection.prepareStatement(sql)
				: connection.prepareStatement(sql, new String[] { keyColumn })) {
			int index = 1;
			for (Object scalar : scalars) {
				StatementCreatorUtils.setParameterValue(ps, index++, SqlTypeValue.TYPE_UNKNOWN, scalar);
			}
			for (Column column : columns) {
				Array array = connection.createArrayOf(column.sqlType(), column.values());
				arrays.add(array);
				ps.setArray(index++, array);
			}
			return execution.run(ps);
		}
		finally {
			for (Array array : arrays) {
				array.free();
			}
		}
	}
}
