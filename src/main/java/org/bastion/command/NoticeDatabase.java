package org.bastion.command;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of notices: {@code command_notice}, the areas chosen, the places that read each
 * ({@code command_notice_unit}), the work groups chosen and their members who read it
 * ({@code command_notice_group}, {@code command_notice_member}), one receipt per account, and the attachments' bytes.
 */
@Repository
class NoticeDatabase {

	/** A place that reads a notice. */
	record Unit(String code, JurisdictionPath path) {
	}

	/** A receipt. */
	record Receipt(long userId, String username, String unitCode, Instant readAt) {
	}

	/** An attachment without its bytes. */
	record File(long id, long noticeId, String fileName, String contentType, long size) {
	}

	/** A notice in a list: unread ones sort first, through a key that puts them above every read one. */
	record Listed(Notice notice, Instant readAt, long key) {
	}

	/** A member of a group a notice went to, as they were when it was sent. */
	record Member(long groupId, long userId, String username) {
	}

	/** A group a notice went to, with its HQ's place (the group's own, kept up to date when places move). */
	record Group(long id, String name, JurisdictionPath path) {
	}

	/** A notice about a person, for their timeline. */
	record Concerning(long id, NoticeKind kind, String title, Instant sentAt) {
	}

	/** A key above every id, so that unread notices page before the read ones. */
	static final long UNREAD = 1L << 40;

	/** A notice the account reads as a member of one of its groups, the account bound as the next parameter. */
	private static final String MEMBER = "EXISTS (SELECT 1 FROM command_notice_member m WHERE m.notice_id = n.id AND m.user_id = ?)";

	private static final String NOTICES = """
			SELECT n.id, n.client_id, n.kind, n.title, n.body, n.directive_id, n.sent_by, n.jurisdiction_path, n.sent_at,
			  n.person_id
			FROM command_notice n""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	NoticeDatabase(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(String clientId, NoticeKind kind, String title, String body, Long directiveId, String sentBy,
			JurisdictionPath path, Instant sentAt, Long personId) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO command_notice (client_id, kind, title, body, directive_id, sent_by, jurisdiction_path, sent_at, person_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(clientId, kind.name(), title, body, directiveId, sentBy, path.value(), Timestamps.utc(sentAt), personId));
	}

	/** The groups a notice goes to, with their members as they are now: those who read it. */
	void insertGroups(long noticeId, List<Long> groupIds, List<Member> members) {
		template.batchUpdate("INSERT INTO command_notice_group (notice_id, group_id) VALUES (?, ?)",
				groupIds.stream().map(g -> new Object[] { noticeId, g }).toList());
		template.batchUpdate("INSERT INTO command_notice_member (notice_id, group_id, user_id, username) VALUES (?, ?, ?, ?)",
				members.stream().map(m -> new Object[] { noticeId, m.groupId(), m.userId(), m.username() }).toList());
	}

	/** The groups a notice went to, by name. */
	List<Group> groups(long noticeId) {
		return jdbc.sql("SELECT w.id, w.name, w.jurisdiction_path FROM command_notice_group g JOIN command_work_group w "
				+ "ON w.id = g.group_id WHERE g.notice_id = ? ORDER BY w.name, w.id")
			.param(noticeId)
			.query((rs, row) -> new Group(rs.getLong(1), rs.getString(2), new JurisdictionPath(rs.getString(3))))
			.list();
	}

	/** The groups of several notices at once, for a list. */
	Map<Long, List<Group>> groups(List<Long> noticeIds) {
		Map<Long, List<Group>> groups = new HashMap<>();
		if (noticeIds.isEmpty()) {
			return groups;
		}
		jdbc.sql("SELECT g.notice_id, w.id, w.name, w.jurisdiction_path FROM command_notice_group g JOIN command_work_group w "
				+ "ON w.id = g.group_id WHERE g.notice_id IN (:ids) ORDER BY g.notice_id, w.name, w.id")
			.param("ids", noticeIds)
			.query((RowCallbackHandler) rs -> groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new Group(rs.getLong(2), rs.getString(3), new JurisdictionPath(rs.getString(4)))));
		return groups;
	}

	/** The members a notice went to through its groups, group by group. */
	List<Member> members(long noticeId) {
		return jdbc.sql("SELECT group_id, user_id, username FROM command_notice_member WHERE notice_id = ? ORDER BY group_id, username")
			.param(noticeId)
			.query((rs, row) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/** Whether an account reads a notice as a member of one of its groups. */
	boolean isMember(long noticeId, long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM command_notice_member WHERE notice_id = ? AND user_id = ?")
			.params(noticeId, userId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Per notice, the members (each account once) of its groups whose HQ lies in a subtree, and how many of
	 * them have read it.
	 */
	Map<Long, int[]> memberCounts(List<Long> noticeIds, String scope) {
		return perNotice(noticeIds, scope, "SELECT m.notice_id, COUNT(DISTINCT m.user_id), COUNT(DISTINCT r.user_id) "
				+ "FROM command_notice_member m JOIN command_work_group w ON w.id = m.group_id LEFT JOIN command_notice_read r "
				+ "ON r.notice_id = m.notice_id AND r.user_id = m.user_id WHERE m.notice_id IN (%s) AND "
				+ InScope.positional("w.jurisdiction_path") + " GROUP BY m.notice_id");
	}

	/**
	 * The notices about a person that a viewer's area covers: sent from it, or to a place or a group of it; newest
	 * first.
	 */
	List<Concerning> concerning(long personId, String scope, int limit) {
		String pattern = InScope.pattern(scope);
		return jdbc.sql("SELECT n.id, n.kind, n.title, n.sent_at FROM command_notice n WHERE n.person_id = ? AND ("
				+ InScope.positional("n.jurisdiction_path") + " OR EXISTS (SELECT 1 FROM command_notice_unit u WHERE "
				+ "u.notice_id = n.id AND " + InScope.positional("u.jurisdiction_path") + ") OR EXISTS (SELECT 1 FROM "
				+ "command_notice_group g JOIN command_work_group w ON w.id = g.group_id WHERE g.notice_id = n.id AND "
				+ InScope.positional("w.jurisdiction_path") + ")) ORDER BY n.sent_at DESC, n.id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(personId, pattern, pattern, pattern)
			.query((rs, row) -> new Concerning(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), rs.getString(3),
					Timestamps.instant(rs, "sent_at")))
			.list();
	}

	void insertArea(long noticeId, String code, JurisdictionPath path) {
		jdbc.sql("INSERT INTO command_notice_area (notice_id, jurisdiction_code, jurisdiction_path) VALUES (?, ?, ?)")
			.params(noticeId, code, path.value())
			.update();
	}

	void insertUnits(long noticeId, List<Unit> units) {
		template.batchUpdate("INSERT INTO command_notice_unit (notice_id, jurisdiction_code, jurisdiction_path) VALUES (?, ?, ?)",
				units.stream().map(u -> new Object[] { noticeId, u.code(), u.path().value() }).toList());
	}

	/** Streams an upload's bytes into its row: the database reads them from the stream, never all at once here. */
	long insertFile(long noticeId, String fileName, String contentType, long size, InputStream content) {
		return Inserts.returningId(template, """
				INSERT INTO command_notice_attachment (notice_id, file_name, content_type, size_bytes, content)
				VALUES (?, ?, ?, ?, ?)""", statement -> {
			statement.setLong(1, noticeId);
			statement.setString(2, fileName);
			statement.setString(3, contentType);
			statement.setLong(4, size);
			statement.setBinaryStream(5, content, size);
		});
	}

	/** Unscoped: the caller checks the viewer's relation to the notice's places. */
	Optional<Notice> find(long id) {
		return jdbc.sql(NOTICES + " WHERE n.id = ?").param(id).query(NoticeDatabase::notice).optional();
	}

	Optional<Notice> findByClientId(String clientId) {
		return jdbc.sql(NOTICES + " WHERE n.client_id = ?").param(clientId).query(NoticeDatabase::notice).optional();
	}

	List<Unit> units(long noticeId) {
		return jdbc.sql("SELECT jurisdiction_code, jurisdiction_path FROM command_notice_unit WHERE notice_id = ? "
				+ "ORDER BY jurisdiction_path")
			.param(noticeId)
			.query((rs, row) -> new Unit(rs.getString(1), new JurisdictionPath(rs.getString(2))))
			.list();
	}

	List<Unit> areas(long noticeId) {
		return jdbc.sql("SELECT jurisdiction_code, jurisdiction_path FROM command_notice_area WHERE notice_id = ? "
				+ "ORDER BY jurisdiction_path")
			.param(noticeId)
			.query((rs, row) -> new Unit(rs.getString(1), new JurisdictionPath(rs.getString(2))))
			.list();
	}

	/** The areas chosen for each of several notices, looked up at once for a list. */
	Map<Long, List<Unit>> areas(List<Long> noticeIds) {
		Map<Long, List<Unit>> areas = new HashMap<>();
		if (noticeIds.isEmpty()) {
			return areas;
		}
		String in = String.join(", ", Collections.nCopies(noticeIds.size(), "?"));
		jdbc.sql("SELECT notice_id, jurisdiction_code, jurisdiction_path FROM command_notice_area WHERE notice_id IN (" + in
				+ ") ORDER BY notice_id, jurisdiction_path")
			.params(new ArrayList<>(noticeIds))
			.query((RowCallbackHandler) rs -> areas.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new Unit(rs.getString(2), new JurisdictionPath(rs.getString(3)))));
		return areas;
	}

	List<Receipt> receipts(long noticeId) {
		return jdbc.sql("SELECT user_id, username, unit_code, read_at FROM command_notice_read WHERE notice_id = ? ORDER BY read_at")
			.param(noticeId)
			.query((rs, row) -> new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), Timestamps.instant(rs, "read_at")))
			.list();
	}

	Optional<Instant> readAt(long noticeId, long userId) {
		return jdbc.sql("SELECT read_at FROM command_notice_read WHERE notice_id = ? AND user_id = ?")
			.params(noticeId, userId)
			.query((rs, row) -> Timestamps.instant(rs, "read_at"))
			.optional();
	}

	/** Stores a receipt unless the account has one: answers whether this call stored it. */
	boolean read(long noticeId, long userId, String username, String unitCode, Instant at) {
		return jdbc.sql("""
				INSERT INTO command_notice_read (notice_id, user_id, username, unit_code, read_at)
				SELECT ?, ?, ?, ?, ? FROM command_notice WHERE id = ? AND NOT EXISTS
				  (SELECT 1 FROM command_notice_read WHERE notice_id = ? AND user_id = ?)""")
			.params(noticeId, userId, username, unitCode, Timestamps.utc(at), noticeId, noticeId, userId)
			.update() == 1;
	}

	List<File> files(long noticeId) {
		return jdbc.sql("SELECT id, notice_id, file_name, content_type, size_bytes FROM command_notice_attachment "
				+ "WHERE notice_id = ? ORDER BY id")
			.param(noticeId)
			.query((rs, row) -> new File(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.list();
	}

	Optional<File> file(long noticeId, long fileId) {
		return jdbc.sql("SELECT id, notice_id, file_name, content_type, size_bytes FROM command_notice_attachment "
				+ "WHERE notice_id = ? AND id = ?")
			.params(noticeId, fileId)
			.query((rs, row) -> new File(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.optional();
	}

	/** An attachment's bytes: at most the cap an upload was held to. */
	byte[] content(long fileId) {
		return jdbc.sql("SELECT content FROM command_notice_attachment WHERE id = ?").param(fileId).query((rs, row) -> rs.getBytes(1)).single();
	}

	/**
	 * The notices an account reads: those with a place holding its area ({@code holders}, the area and the
	 * places above it), unread first, then newest first, a page at a time after {@code after} (a key).
	 */
	List<Listed> inbox(long userId, List<String> holders, Long after, int limit) {
		String in = String.join(", ", Collections.nCopies(holders.size(), "?"));
		List<Object> params = new ArrayList<>();
		params.add(userId);
		params.addAll(holders);
		params.add(userId);
		if (after != null) {
			params.add(after);
		}
		return jdbc.sql("SELECT * FROM (SELECT n.id, n.client_id, n.kind, n.title, n.body, n.directive_id, n.sent_by, "
				+ "n.jurisdiction_path, n.sent_at, n.person_id, r.read_at, CASE WHEN r.read_at IS NULL THEN n.id + " + UNREAD
				+ " ELSE n.id END AS sort_key FROM command_notice n LEFT JOIN command_notice_read r ON r.notice_id = n.id "
				+ "AND r.user_id = ? WHERE EXISTS (SELECT 1 FROM command_notice_unit u WHERE u.notice_id = n.id AND "
				+ "u.jurisdiction_path IN (" + in + ")) OR " + MEMBER + ") listed" + (after == null ? "" : " WHERE sort_key < ?")
				+ " ORDER BY sort_key DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(params)
			.query((rs, row) -> new Listed(notice(rs, row), Timestamps.instant(rs, "read_at"), rs.getLong("sort_key")))
			.list();
	}

	/** How many notices an account has not read yet. */
	long countUnread(long userId, List<String> holders) {
		String in = String.join(", ", Collections.nCopies(holders.size(), "?"));
		List<Object> params = new ArrayList<>(holders);
		params.add(userId);
		params.add(userId);
		return jdbc.sql("SELECT COUNT(*) FROM command_notice n WHERE (EXISTS (SELECT 1 FROM command_notice_unit u WHERE "
				+ "u.notice_id = n.id AND u.jurisdiction_path IN (" + in + ")) OR " + MEMBER + ") AND NOT EXISTS (SELECT 1 FROM "
				+ "command_notice_read r WHERE r.notice_id = n.id AND r.user_id = ?)")
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The notices with a place or a group in a subtree (what the HQ of that area follows), newest first, a page at
	 * a time.
	 */
	List<Notice> inScope(String scope, Long after, int limit) {
		return jdbc.sql(NOTICES + " WHERE (EXISTS (SELECT 1 FROM command_notice_unit u WHERE u.notice_id = n.id AND "
				+ InScope.positional("u.jurisdiction_path") + ") OR EXISTS (SELECT 1 FROM command_notice_group g JOIN "
				+ "command_work_group w ON w.id = g.group_id WHERE g.notice_id = n.id AND "
				+ InScope.positional("w.jurisdiction_path") + "))" + (after == null ? "" : " AND n.id < " + after)
				+ " ORDER BY n.id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(InScope.pattern(scope), InScope.pattern(scope))
			.query(NoticeDatabase::notice)
			.list();
	}

	/** Per notice, its places in a subtree and how many of them have read it. */
	Map<Long, int[]> counts(List<Long> noticeIds, String scope) {
		return perNotice(noticeIds, scope, "SELECT u.notice_id, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM "
				+ "command_notice_read r WHERE r.notice_id = u.notice_id AND r.unit_code = u.jurisdiction_code) THEN 1 ELSE 0 "
				+ "END) FROM command_notice_unit u WHERE u.notice_id IN (%s) AND " + InScope.positional("u.jurisdiction_path")
				+ " GROUP BY u.notice_id");
	}

	/**
	 * Two counts per notice from {@code select}: its notice ids as the {@code %s} of an IN list, then one
	 * positional scope pattern; answers notice id, how many, how many read.
	 */
	private Map<Long, int[]> perNotice(List<Long> noticeIds, String scope, String select) {
		Map<Long, int[]> counts = new HashMap<>();
		if (noticeIds.isEmpty()) {
			return counts;
		}
		List<Object> params = new ArrayList<>(noticeIds);
		params.add(InScope.pattern(scope));
		jdbc.sql(select.formatted(String.join(", ", Collections.nCopies(noticeIds.size(), "?"))))
			.params(params)
			.query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) }));
		return counts;
	}

	/** The guidelines made from a directive. */
	List<Notice> guidelines(long directiveId) {
		return jdbc.sql(NOTICES + " WHERE n.directive_id = ? ORDER BY n.id").param(directiveId).query(NoticeDatabase::notice).list();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "command_notice", "command_notice_area", "command_notice_unit");
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		long directive = rs.getLong("directive_id");
		Long directiveId = rs.wasNull() ? null : directive;
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		return new Notice(rs.getLong("id"), rs.getString("client_id"), NoticeKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), directiveId, rs.getString("sent_by"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), Timestamps.instant(rs, "sent_at"), personId);
	}
}
