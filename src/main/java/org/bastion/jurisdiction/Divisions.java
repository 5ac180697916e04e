package org.bastion.jurisdiction;

import java.util.List;
import java.util.Optional;

import org.bastion.shared.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The national catalogue of divisions that ships with Bastion, so that an origin anywhere in
 * China can be picked by name or code. It is reference data, the same for every user.
 */
@Service
public class Divisions {

	private final JdbcClient jdbc;

	Divisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Division> find(String code) {
		return jdbc.sql("SELECT code, name, level, parent_code, full_name FROM division WHERE code = ?")
			.param(code)
			.query(Divisions::map)
			.optional();
	}

	/**
	 * Divisions whose code starts with the query or whose name contains it, the higher levels first:
	 * typing 武汉 offers the city before its districts. The filler levels 市辖区 and 县 between a
	 * municipality and its districts are never offered: they name nothing a person would pick.
	 */
	public List<Division> search(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		String text = LikePatterns.escaped(query.trim());
		return jdbc.sql("""
				SELECT code, name, level, parent_code, full_name FROM division
				WHERE (code LIKE :prefix OR name LIKE :contains OR full_name LIKE :contains)
				  AND name NOT IN ('市辖区', '县')
				ORDER BY CASE level WHEN 'PROVINCE' THEN 1 WHEN 'CITY' THEN 2 WHEN 'COUNTY' THEN 3 ELSE 4 END, code
				LIMIT :limit""")
			.param("prefix", text + "%")
			.param("contains", "%" + text + "%")
			.param("limit", Math.clamp(limit, 1, 100))
			.query(Divisions::map)
			.list();
	}

	/** The words the division picker shows for the division it holds (湖北省武汉市), or nothing for no such code. */
	public String label(String code) {
		return code == null || code.isBlank() ? "" : find(code.strip()).map(Division::fullName).orElse("");
	}

	public List<Division> children(String code) {
		return jdbc.sql("SELECT code, name, level, parent_code, full_name FROM division WHERE parent_code = ? ORDER BY code")
			.param(code)
			.query(Divisions::map)
			.list();
	}

	private static Division map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Division(rs.getString("code"), rs.getString("name"), DivisionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("full_name"));
	}

	/**
	 * A division of the national catalogue (province, city, county, township), as origins are named:
	 * {@code fullName} reads like 湖北省武汉市洪山区.
	 */
	public record Division(String code, String name, DivisionLevel level, String parentCode, String fullName) {
	}
}
