package org.bastion.people;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code person} reads of bulk matching. Keys travel as one array parameter, so the statement text
 * is the same for every chunk and the database prepares it once; both PostgreSQL and H2 take SQL
 * arrays. The array is joined as a set of rows rather than tested with {@code = ANY(?)}: PostgreSQL
 * estimates the rows of {@code = ANY} from the array's length and, from a few thousand keys of a million
 * persons on, scans the whole table (0.6–0.9 s for 10,000 keys), where the join keeps one index probe
 * per key (45–90 ms).
 */
@Repository
class PersonMatchDatabase {

	private final JdbcTemplate jdbc;

	PersonMatchDatabase(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A person found by a key: the key is the ID number, or the name and phone joined by U+001F. */
	record Found(String key, long personId, String jurisdictionCode, JurisdictionPath jurisdictionPath) {

		PersonMatching.Match as(PersonMatching.MatchedBy by) {
			return new PersonMatching.Match(personId, jurisdictionCode, jurisdictionPath, by);
		}
	}

	static String nameAndPhone(String name, String phone) {
		return name.strip() + '\u001F' + phone;
	}

	List<Found> byIdNumbers(List<String> idNumbers, String scope) {
		if (idNumbers.isEmpty()) {
			return List.of();
		}
		// Only what the ID-number index holds, so that PostgreSQL answers from the index alone (V74).
		return query("""
				SELECT p.id, p.id_number, p.jurisdiction_code, p.jurisdiction_path
				FROM UNNEST(?) AS k(wanted) JOIN person p ON p.id_number = k.wanted
				WHERE %s""".formatted(InScope.positional("p.jurisdiction_path")), idNumbers, scope, false);
	}

	List<Found> byPhones(List<String> phones, String scope) {
		if (phones.isEmpty()) {
			return List.of();
		}
		return query("""
				SELECT p.id, p.id_number, p.name, p.phone, p.jurisdiction_code, p.jurisdiction_path
				FROM UNNEST(?) AS k(wanted) JOIN person p ON p.phone = k.wanted
				WHERE %s""".formatted(InScope.positional("p.jurisdiction_path")), phones, scope, true);
	}

	private List<Found> query(String sql, List<String> keys, String scope, boolean byNameAndPhone) {
		return jdbc.execute((Connection connection) -> {
			Array array = connection.createArrayOf("varchar", keys.toArray(String[]::new));
			try (PreparedStatement ps = connection.prepareStatement(sql)) {
				ps.setArray(1, array);
				ps.setString(2, InScope.pattern(scope));
				List<Found> found = new ArrayList<>(keys.size());
				// Thousands of persons share a grid: each path is checked and built once per query.
				Map<String, JurisdictionPath> paths = new HashMap<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						found.add(map(rs, byNameAndPhone, paths));
					}
				}
				return found;
			}
			finally {
				array.free();
			}
		});
	}

	private static Found map(ResultSet rs, boolean byNameAndPhone, Map<String, JurisdictionPath> paths)
			throws SQLException {
		String key = byNameAndPhone ? nameAndPhone(rs.getString("name"), rs.getString("phone")) : rs.getString("id_number");
		return new Found(key, rs.getLong("id"), rs.getString("jurisdiction_code"),
				paths.computeIfAbsent(rs.getString("jurisdiction_path"), JurisdictionPath::new));
	}
}
