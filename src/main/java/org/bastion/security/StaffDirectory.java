package org.bastion.security;

import java.util.Collection;
import java.util.List;

import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.StaffAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts other modules put on duty, read from the accounts' table in one statement. */
@Component
@Transactional(readOnly = true)
class StaffDirectory implements StaffAccounts {

	private static final String COLUMNS = "SELECT id, username, display_name, jurisdiction_path FROM app_user WHERE enabled = TRUE AND ";

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Staff> serving(JurisdictionPath area, int limit) {
		return jdbc.sql(COLUMNS + "(" + InScope.positional() + " OR " + InScope.holdingPositional()
				+ ") ORDER BY display_name, id LIMIT ?")
			.params(InScope.pattern(area.likePattern()), InScope.path(area.value()), limit)
			.query(StaffDirectory::map)
			.list();
	}

	@Override
	public List<Staff> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + "id IN (:ids) ORDER BY id")
			.param("ids", List.copyOf(ids))
			.query(StaffDirectory::map)
			.list();
	}

	private static Staff map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Staff(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				new JurisdictionPath(rs.getString("jurisdiction_path")));
	}
}
