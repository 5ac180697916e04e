package org.bastion.shared;

import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list every health register shows: the viewer's area, optionally one status, newest first, paged
 * by key ({@code id < before}) so that a late page costs what the first one does.
 */
public final class NewestFirst {

	private NewestFirst() {
	}

	/** {@code columns} and {@code table} are the repository's own constants, never user input. */
	public static <T> List<T> page(JdbcClient jdbc, String columns, String table, String scope, String status, Long before,
			int limit, RowMapper<T> mapper) {
		StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM " + table + " WHERE " + InScope.sql());
		if (status != null) {
			sql.append(" AND status = :status");
		}
		if (before != null) {
			sql.append(" AND id < :before");
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		JdbcClient.StatementSpec statement = InScope.bind(jdbc.sql(sql.toString()), scope).param("limit", limit);
		if (status != null) {
			statement = statement.param("status", status);
		}
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(mapper).list();
	}
}
