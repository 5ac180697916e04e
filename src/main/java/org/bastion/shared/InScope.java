package org.bastion.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The predicate that limits rows to a subtree (the viewer's area, or a place moved with everything under it),
 * written once for every repository: a prefix {@code LIKE} on a materialised path, which the path indexes
 * serve, with the pattern bound as a parameter. Repositories keep taking the scope pattern as a
 * {@code String} ({@link CurrentViewer#scopePattern()}, {@link JurisdictionPath#likePattern()}); this class
 * renders the predicate and checks that what gets bound is such a pattern, so no other text reaches it.
 */
public final class InScope {

	/** The named parameter the predicate binds, in statements with named parameters. */
	public static final String PARAMETER = "scope";

	private static final String COLUMN = "jurisdiction_path";

	private InScope() {
	}

	/** {@code jurisdiction_path LIKE :scope}; bind with {@link #bind}. */
	public static String sql() {
		return sql(COLUMN);
	}

	/**
	 * {@code <column> LIKE :scope}, for a column named otherwise or qualified by its table's alias
	 * ({@code o.jurisdiction_path}); the column is the repository's own text, never input.
	 */
	public static String sql(String column) {
		return column + " LIKE :" + PARAMETER;
	}

	/**
	 * {@code <column> LIKE :<parameter>}, for a statement that limits rows to two subtrees at once; bind
	 * {@link #pattern} to {@code parameter}.
	 */
	public static String sql(String column, String parameter) {
		return column + " LIKE :" + parameter;
	}

	/**
	 * {@code :<parameter> LIKE CONCAT(jurisdiction_path, '%')}: the rows whose place holds the given place
	 * (the place itself or one above it), such as a county's list seen by a township or the accounts that
	 * answer for a village; bind {@link #path} to {@code parameter}.
	 */
	public static String holding(String parameter) {
		return ":" + parameter + " LIKE CONCAT(" + COLUMN + ", '%')";
	}

	/** {@code ? LIKE CONCAT(jurisdiction_path, '%')}, as {@link #holding(String)} with a positional parameter. */
	public static String holdingPositional() {
		return "? LIKE CONCAT(" + COLUMN + ", '%')";
	}

	/** The value to bind for {@link #holding}: a place's path, checked to be one. */
	public static String path(String path) {
		return new JurisdictionPath(path).value();
	}

	/** {@code jurisdiction_path LIKE ?}, for statements with positional parameters; bind {@link #pattern}. */
	public static String positional() {
		return positional(COLUMN);
	}

	/** {@code <column> LIKE ?}, as {@link #sql(String)} for statements with positional parameters. */
	public static String positional(String column) {
		return column + " LIKE ?";
	}

	/**
	 * {@code <column> LIKE '<pattern>'}, the pattern written into the statement: only for a read whose plan
	 * must follow the size of the area (PostgreSQL settles on one generic plan for a bound pattern after a
	 * few executions). Safe because a checked pattern holds letters, digits, slashes and the final
	 * {@code %} only, so it cannot leave the literal.
	 */
	public static String inlined(String column, String scopePattern) {
		return column + " LIKE '" + pattern(scopePattern) + "'";
	}

	/** Binds the pattern to {@code :scope} of a statement rendered with {@link #sql()}. */
	public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String scopePattern) {
		return statement.param(PARAMETER, pattern(scopePattern));
	}

	/**
	 * The value to bind in the place of a {@link #positional()} predicate: the pattern itself, once it is
	 * known to be a subtree's (a path followed by {@code %}), so that a code, a bare path or a caller's
	 * text passed by mistake fails here instead of matching other rows.
	 *
	 * @throws IllegalArgumentException when {@code scopePattern} is not a subtree's pattern
	 */
	public static String pattern(String scopePattern) {
		if (scopePattern == null || !scopePattern.endsWith("%")) {
			throw new IllegalArgumentException("Not a scope pattern: " + scopePattern);
		}
		new JurisdictionPath(scopePattern.substring(0, scopePattern.length() - 1));
		return scopePattern;
	}

	/**
	 * Whether a row at {@code path} lies in the scope a pattern names: the predicate of {@link #positional()} in
	 * Java, for a row kept in memory.
	 */
	public static boolean holds(String scopePattern, JurisdictionPath path) {
		String pattern = pattern(scopePattern);
		return path.value().startsWith(pattern.substring(0, pattern.length() - 1));
	}
}
