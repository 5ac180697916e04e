package org.bastion.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the work groups, {@code command_work_group} and its members {@code command_work_group_member}. */
@Repository
class WorkGroupDatabase {

	/** A group as stored. */
	record Group(long id, String clientId, WorkGroupKind kind, String name, String jurisdictionCode,
			JurisdictionPath path, Long headUserId) {
	}

	/** A member as stored. */
	record Member(long groupId, long userId, String username) {
	}

	private static final String GROUPS = """
			SELECT id, client_id, kind, name, jurisdiction_code, jurisdiction_path, head_user_id FROM command_work_group""";

	private final JdbcClient jdbc;

	WorkGroupDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String clientId, WorkGroupKind kind, String name, String code, JurisdictionPath path, String by, Instant at) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO command_work_group (client_id, kind, name, jurisdiction_code, jurisdiction_path, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(clientId, kind.name(), name, code, path.value(), by, Timestamps.utc(at)));
	}

	/** Unscoped: the caller checks that the viewer sees the group's place or is one of its members. */
	Optional<Group> find(long id) {
		return jdbc.sql(GROUPS + " WHERE id = ?").param(id).query(WorkGroupDatabase::group).optional();
	}

	Optional<Group> findByClientId(String clientId) {
		return jdbc.sql(GROUPS + " WHERE client_id = ?").param(clientId).query(WorkGroupDatabase::group).optional();
	}

	boolean nameTaken(JurisdictionPath path, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM command_work_group WHERE jurisdiction_path = ? AND name = ?")
			.params(path.value(), name)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The groups of a subtree ({@code scope} null for none) and those the user is a member of, newest first, a
	 * page at a time.
	 */
	List<Group> visible(String scope, long userId, Long after, int limit) {
		String members = "id IN (SELECT group_id FROM command_work_group_member WHERE user_id = ?)";
		return jdbc.sql(GROUPS + " WHERE (" + (scope == null ? members : InScope.positional() + " OR " + members) + ")"
				+ (after == null ? "" : " AND id < " + after) + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(scope == null ? new Object[] { userId } : new Object[] { InScope.pattern(scope), userId })
			.query(WorkGroupDatabase::group)
			.list();
	}

	/** The groups of a subtree, by name. */
	List<Group> inScope(String scope, int limit) {
		return jdbc.sql(GROUPS + " WHERE " + InScope.positional() + " ORDER BY name, id FETCH FIRST " + limit + " ROWS ONLY")
			.param(InScope.pattern(scope))
			.query(WorkGroupDatabase::group)
			.list();
	}

	List<Member> members(long groupId) {
		return jdbc.sql("SELECT group_id, user_id, username FROM command_work_group_member WHERE group_id = ? ORDER BY added_at, user_id")
			.param(groupId)
			.query((rs, row) -> new Member(rs.getLong("group_id"), rs.getLong("user_id"), rs.getString("username")))
			.list();
	}

	boolean isMember(long groupId, long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM command_work_group_member WHERE group_id = ? AND user_id = ?")
			.params(groupId, userId)
			.query(Long.class)
			.single() > 0;
	}

	/** Adds a member unless they are one already; answers whether this call added them. */
	boolean addMember(long groupId, long userId, String username, String by, Instant at) {
		if (isMember(groupId, userId)) {
			return false;
		}
		jdbc.sql("INSERT INTO command_work_group_member (group_id, user_id, username, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
			.params(groupId, userId, username, by, Timestamps.utc(at))
			.update();
		return true;
	}

	/** Removes a member, and the group's head with them if they led it; answers whether they were one. */
	boolean removeMember(long groupId, long userId) {
		jdbc.sql("UPDATE command_work_group SET head_user_id = NULL WHERE id = ? AND head_user_id = ?").params(groupId, userId).update();
		return jdbc.sql("DELETE FROM command_work_group_member WHERE group_id = ? AND user_id = ?").params(groupId, userId).update() == 1;
	}

	/**
	 * Makes a member the head as long as the group's head is still the one read ({@code expected}, null for
	 * none): a second head set meanwhile by someone else changes no row.
	 */
	boolean setHead(long groupId, Long expected, long userId) {
		return (expected == null
				? jdbc.sql("UPDATE command_work_group SET head_user_id = ? WHERE id = ? AND head_user_id IS NULL").params(userId, groupId)
				: jdbc.sql("UPDATE command_work_group SET head_user_id = ? WHERE id = ? AND head_user_id = ?").params(userId, groupId, expected))
			.update() == 1;
	}

	/** The heads of some groups, by group id; a group without one is left out. */
	Map<Long, Long> heads(Collection<Long> groupIds) {
		Map<Long, Long> heads = new HashMap<>();
		if (groupIds.isEmpty()) {
			return heads;
		}
		jdbc.sql("SELECT id, head_user_id FROM command_work_group WHERE head_user_id IS NOT NULL AND id IN (:ids)")
			.param("ids", groupIds)
			.query((rs, row) -> heads.put(rs.getLong("id"), rs.getLong("head_user_id")))
			.list();
		return heads;
	}

	/** The names of some groups, by id. */
	Map<Long, String> names(Collection<Long> groupIds) {
		Map<Long, String> names = new HashMap<>();
		if (groupIds.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM command_work_group WHERE id IN (:ids)")
			.param("ids", groupIds)
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return names;
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "command_work_group");
	}

	private static Group group(ResultSet rs, int row) throws SQLException {
		long head = rs.getLong("head_user_id");
		Long headId = rs.wasNull() ? null : head;
		return new Group(rs.getLong("id"), rs.getString("client_id"), WorkGroupKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("jurisdiction_code"), new JurisdictionPath(rs.getString("jurisdiction_path")),
				headId);
	}
}
