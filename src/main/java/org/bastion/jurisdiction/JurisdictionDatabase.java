package org.bastion.jurisdiction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.shared.InScope;
import org.bastion.shared.LikePatterns;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JurisdictionDatabase {

	private static final String COLUMNS = "code, name, parent_code, level, path";

	private final JdbcClient jdbc;

	JurisdictionDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Jurisdiction> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM jurisdiction WHERE code = ?")
			.param(code)
			.query(JurisdictionDatabase::map)
			.optional();
	}

	/** The names of these places, keyed by code, in one query; a code no longer in the tree is left out. */
	/** The places with these codes, in one statement, by code; unknown codes are left out. */
	Map<String, Jurisdiction> findAll(Collection<String> codes) {
		Map<String, Jurisdiction> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT " + COLUMNS + " FROM jurisdiction WHERE code IN (:codes)")
			.param("codes", List.copyOf(codes))
			.query(JurisdictionDatabase::map)
			.list()
			.forEach(place -> found.put(place.code(), place));
		return found;
	}

	Map<String, String> names(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		jdbc.sql("SELECT code, name FROM jurisdiction WHERE code IN (:codes)")
			.param("codes", codes)
			.query(rs -> {
				names.put(rs.getString("code"), rs.getString("name"));
			});
		return names;
	}

	List<Jurisdiction> children(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM jurisdiction WHERE parent_code = ? ORDER BY code")
			.param(code)
			.query(JurisdictionDatabase::map)
			.list();
	}

	/** The codes of the children of {@code code} that have children of their own, in one query. */
	Set<String> childrenWithChildren(String code) {
		return new HashSet<>(jdbc.sql("""
				SELECT c.code FROM jurisdiction c
				WHERE c.parent_code = ? AND EXISTS (SELECT 1 FROM jurisdiction g WHERE g.parent_code = c.code)""")
			.param(code)
			.query(String.class)
			.list());
	}

	List<Jurisdiction> roots() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM jurisdiction WHERE parent_code IS NULL ORDER BY code")
			.query(JurisdictionDatabase::map)
			.list();
	}

	List<Jurisdiction> search(String query, String scopePattern, int limit) {
		return InScope.bind(jdbc.sql("""
				SELECT %s FROM jurisdiction
				WHERE %s AND (code LIKE :prefix OR name LIKE :contains)
				ORDER BY LENGTH(path), code LIMIT :limit""".formatted(COLUMNS, InScope.sql("path"))), scopePattern)
			.param("prefix", LikePatterns.escaped(query) + "%")
			.param("contains", "%" + LikePatterns.escaped(query) + "%")
			.param("limit", limit)
			.query(JurisdictionDatabase::map)
			.list();
	}

	List<Jurisdiction> subtree(JurisdictionPath root) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM jurisdiction WHERE " + InScope.positional("path") + " ORDER BY path")
			.param(InScope.pattern(root.likePattern()))
			.query(JurisdictionDatabase::map)
			.list();
	}

	void insert(Jurisdiction node) {
		jdbc.sql("INSERT INTO jurisdiction (code, name, parent_code, level, path) VALUES (?, ?, ?, ?, ?)")
			.params(node.code(), node.name(), node.parentCode(), node.level().name(), node.path().value())
			.update();
	}

	void rename(String code, String name) {
		jdbc.sql("UPDATE jurisdiction SET name = ? WHERE code = ?").params(name, code).update();
	}

	void updateLevel(String code, JurisdictionLevel level) {
		jdbc.sql("UPDATE jurisdiction SET level = ? WHERE code = ?").params(level.name(), code).update();
	}

	/** Re-roots a subtree in one statement: every path under the old prefix gets the new one. */
	void move(String code, String newParentCode, JurisdictionPath oldPath, JurisdictionPath newPath) {
		jdbc.sql("UPDATE jurisdiction SET parent_code = ? WHERE code = ?").params(newParentCode, code).update();
		jdbc.sql("UPDATE jurisdiction SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE " + InScope.positional("path"))
			.params(newPath.value(), oldPath.value().length() + 1, InScope.pattern(oldPath.likePattern()))
			.update();
	}

	long countBelow(JurisdictionPath path) {
		return jdbc.sql("SELECT COUNT(*) FROM jurisdiction WHERE " + InScope.positional("path"))
			.param(InScope.pattern(path.likePattern()))
			.query(Long.class)
			.single();
	}

	private static Jurisdiction map(ResultSet rs, int row) throws SQLException {
		return new Jurisdiction(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
				JurisdictionLevel.valueOf(rs.getString("level")), new JurisdictionPath(rs.getString("path")));
	}
}
