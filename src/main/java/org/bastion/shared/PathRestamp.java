package org.bastion.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves rows along with their place when the jurisdiction tree is rearranged. Every module stamps its rows
 * with the path of the place they belong to (so that scoping is one {@code LIKE}); when a place moves, each
 * module re-stamps the rows under it, in one statement per table, from its {@code JurisdictionMoved}
 * listener.
 */
public final class PathRestamp {

	private PathRestamp() {
	}

	/**
	 * Rewrites the path prefix {@code from} to {@code to} in the {@code jurisdiction_path} column of each
	 * table, for the rows at or under {@code from}.
	 *
	 * @param tables table names written in the caller's code, never input
	 * @return the rows re-stamped, over all the tables
	 */
	public static int under(JdbcClient jdbc, JurisdictionPath from, JurisdictionPath to, String... tables) {
		int rows = 0;
		for (String table : tables) {
			rows += jdbc.sql("UPDATE " + table + " SET jurisdiction_path = CONCAT(?, SUBSTRING(jurisdiction_path, ?)) "
					+ "WHERE " + InScope.positional())
				.params(to.value(), from.value().length() + 1, InScope.pattern(from.likePattern()))
				.update();
		}
		return rows;
	}
}
