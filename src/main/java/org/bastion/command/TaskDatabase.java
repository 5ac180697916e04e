package org.bastion.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of the tasks, {@code command_task}. */
@Repository
class TaskDatabase {

	/** What a new task is stored with. */
	record Draft(String clientId, String title, String detail, TaskPriority priority, Long assigneeUserId,
			String assigneeUsername, String jurisdictionCode, JurisdictionPath path, Instant dueAt, String dispatchedBy,
			Instant dispatchedAt, String source, Long sourceId, String sourceLink, Long groupId, Long personId) {

		/** A task no group holds and about no one: a person's or a place's, or other modules' work. */
		Draft(String clientId, String title, String detail, TaskPriority priority, Long assigneeUserId,
				String assigneeUsername, String jurisdictionCode, JurisdictionPath path, Instant dueAt, String dispatchedBy,
				Instant dispatchedAt, String source, Long sourceId, String sourceLink) {
			this(clientId, title, detail, priority, assigneeUserId, assigneeUsername, jurisdictionCode, path, dueAt,
					dispatchedBy, dispatchedAt, source, sourceId, sourceLink, null, null);
		}
	}

	/** A task's photo as stored. */
	record Photo(String contentType, byte[] bytes) {
	}

	/** A task that concerns a person, for their timeline. */
	record Concerning(long id, String title, TaskStatus status, boolean escalated, Instant dispatchedAt) {
	}

	private static final String TASKS = """
			SELECT id, client_id, title, detail, priority, status, assignee_user_id, assignee_username, jurisdiction_code,
			  jurisdiction_path, due_at, escalated_at, dispatched_by, dispatched_at, received_by, received_at, started_at,
			  closed_by, closed_at, note, source, source_id, source_link, group_id, person_id, escalated_to_user_id
			FROM command_task""";

	/**
	 * The tasks a person holds: their own, their place's (an area task names nobody) and their groups'; bound
	 * with the user's id, their area's path and their id again.
	 */
	private static final String HELD = "(assignee_user_id = ? OR (assignee_user_id IS NULL AND group_id IS NULL AND jurisdiction_path = ?)"
			+ " OR group_id IN (SELECT group_id FROM command_work_group_member WHERE user_id = ?))";

	/** A person's or a place's task the person holds: the red of its escalation is theirs too. */
	private static final String HELD_ALONE = "(group_id IS NULL AND (assignee_user_id = ? OR (assignee_user_id IS NULL AND jurisdiction_path = ?)))";

	private static final String OPEN = "status IN ('DISPATCHED', 'RECEIVED', 'IN_PROGRESS')";

	/** The insert's columns, left open for the handed-over key; {@link #PLACES} are its values but the status. */
	private static final String INSERT = """
			INSERT INTO command_task (client_id, title, detail, priority, status, assignee_user_id, assignee_username,
			  jurisdiction_code, jurisdiction_path, due_at, dispatched_by, dispatched_at, source, source_id, source_link,
			  group_id, person_id""";

	private static final String PLACES = "?, ?, ?, ?, 'DISPATCHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

	private final JdbcClient jdbc;

	TaskDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Draft task) {
		return Inserts.returningId(jdbc.sql(INSERT + ") VALUES (" + PLACES + ")").params(values(task)));
	}

	/**
	 * Stores a task handed over for another module's record unless one for that record is open: two events of
	 * one record at once store one task. No exception on the clash, which would abort the listener's
	 * transaction on PostgreSQL.
	 */
	Optional<Long> insertUnlessOpen(Draft task) {
		return Inserts.returningIdIfInserted(jdbc.sql(INSERT + ", open_source_key) VALUES (" + PLACES + ", ?) ON CONFLICT DO NOTHING")
			.params(append(values(task), task.source() + ":" + task.sourceId())));
	}

	private static Object[] values(Draft task) {
		return new Object[] { task.clientId(), task.title(), task.detail(), task.priority().name(), task.assigneeUserId(),
				task.assigneeUsername(), task.jurisdictionCode(), task.path().value(), Timestamps.utc(task.dueAt()),
				task.dispatchedBy(), Timestamps.utc(task.dispatchedAt()), task.source(), task.sourceId(), task.sourceLink(),
				task.groupId(), task.personId() };
	}

	private static Object[] append(Object[] values, Object last) {
		Object[] all = Arrays.copyOf(values, values.length + 1);
		all[values.length] = last;
		return all;
	}

	/** Unscoped: the caller checks that the viewer holds the task or sees its place. */
	Optional<Task> find(long id) {
		return jdbc.sql(TASKS + " WHERE id = ?").param(id).query(TaskDatabase::task).optional();
	}

	Optional<Task> findByClientId(String clientId) {
		return jdbc.sql(TASKS + " WHERE client_id = ?").param(clientId).query(TaskDatabase::task).optional();
	}

	/** An open task another module handed over for its record, if one is still open. */
	Optional<Task> openFrom(String source, long sourceId) {
		return jdbc.sql(TASKS + " WHERE source = ? AND source_id = ? AND " + OPEN + " FETCH FIRST 1 ROWS ONLY")
			.params(source, sourceId)
			.query(TaskDatabase::task)
			.optional();
	}

	/** The tasks a person holds, newest first, a page at a time; {@code status} null for all. */
	List<Task> held(long userId, JurisdictionPath area, TaskStatus status, Long after, int limit) {
		return jdbc.sql(TASKS + " WHERE " + HELD + (status == null ? "" : " AND status = '" + status.name() + "'")
				+ (after == null ? "" : " AND id < " + after) + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(held(userId, area))
			.query(TaskDatabase::task)
			.list();
	}

	/** The tasks of a subtree, newest first, a page at a time; {@code status} null for all. */
	List<Task> inScope(String scope, TaskStatus status, Long after, int limit) {
		return jdbc.sql(TASKS + " WHERE " + InScope.positional() + (status == null ? "" : " AND status = '" + status.name() + "'")
				+ (after == null ? "" : " AND id < " + after) + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.param(InScope.pattern(scope))
			.query(TaskDatabase::task)
			.list();
	}

	/** A person's open tasks as the inbox shows them: the escalated first, then by due time. */
	List<Task> openHeld(long userId, JurisdictionPath area, int limit) {
		return jdbc.sql(TASKS + " WHERE " + HELD + " AND " + OPEN
				+ " ORDER BY CASE WHEN escalated_at IS NULL THEN 1 ELSE 0 END, due_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.params(held(userId, area))
			.query(TaskDatabase::task)
			.list();
	}

	/** A subtree's open tasks, the escalated first, then by due time, for the HQ's list. */
	List<Task> openInScope(String scope, int limit) {
		return jdbc.sql(TASKS + " WHERE " + InScope.positional() + " AND " + OPEN
				+ " ORDER BY CASE WHEN escalated_at IS NULL THEN 1 ELSE 0 END, due_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.param(InScope.pattern(scope))
			.query(TaskDatabase::task)
			.list();
	}

	long countOpenHeld(long userId, JurisdictionPath area) {
		return jdbc.sql("SELECT COUNT(*) FROM command_task WHERE " + HELD + " AND " + OPEN)
			.params(held(userId, area))
			.query(Long.class)
			.single();
	}

	/**
	 * The escalated open tasks that went to a person: escalated to them (a group's head), theirs alone, or
	 * (for the dispatchers, {@code scope} not null) escalated to the HQ of their subtree.
	 */
	long countEscalated(long userId, JurisdictionPath area, String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM command_task WHERE escalated_at IS NOT NULL AND " + OPEN
				+ " AND (escalated_to_user_id = ? OR " + HELD_ALONE
				+ (scope == null ? "" : " OR (escalated_to_user_id IS NULL AND " + InScope.positional() + ")") + ")")
			.params(scope == null ? new Object[] { userId, userId, area.value() }
					: new Object[] { userId, userId, area.value(), InScope.pattern(scope) })
			.query(Long.class)
			.single();
	}

	/** The open tasks past due and not escalated yet, the oldest due first. */
	List<Task> overdueUnescalated(Instant now, int limit) {
		return jdbc.sql(TASKS + " WHERE " + OPEN + " AND due_at < ? AND escalated_at IS NULL ORDER BY due_at, id FETCH FIRST "
				+ limit + " ROWS ONLY")
			.param(Timestamps.utc(now))
			.query(TaskDatabase::task)
			.list();
	}

	/**
	 * Marks a task escalated, to a person ({@code toUserId}) or to its area's HQ (null), unless another node
	 * did first; answers whether this call did.
	 */
	boolean escalate(long id, Instant at, Long toUserId) {
		return jdbc.sql("UPDATE command_task SET escalated_at = ?, escalated_to_user_id = ? WHERE id = ? AND escalated_at IS NULL")
			.params(Timestamps.utc(at), toUserId, id)
			.update() == 1;
	}

	/** Stores a task's photo, in place of the one it had: a retried upload keeps one. */
	void putPhoto(long taskId, String contentType, byte[] bytes, String by, Instant at) {
		jdbc.sql("DELETE FROM command_task_photo WHERE task_id = ?").param(taskId).update();
		jdbc.sql("INSERT INTO command_task_photo (task_id, content_type, size_bytes, bytes, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(taskId, contentType, bytes.length, bytes, by, Timestamps.utc(at))
			.update();
	}

	Optional<Photo> photo(long taskId) {
		return jdbc.sql("SELECT content_type, bytes FROM command_task_photo WHERE task_id = ?")
			.param(taskId)
			.query((rs, row) -> new Photo(rs.getString("content_type"), rs.getBytes("bytes")))
			.optional();
	}

	/** Which of these tasks have a photo. */
	java.util.Set<Long> withPhoto(java.util.Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("SELECT task_id FROM command_task_photo WHERE task_id IN (:ids)")
			.param("ids", taskIds)
			.query(Long.class)
			.list());
	}

	/** The tasks of a subtree that concern a person, newest first. */
	List<Concerning> concerning(long personId, String scope, int limit) {
		return jdbc.sql("SELECT id, title, status, escalated_at, dispatched_at FROM command_task WHERE person_id = ? AND "
				+ InScope.positional() + " ORDER BY dispatched_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(personId, InScope.pattern(scope))
			.query((rs, row) -> new Concerning(rs.getLong("id"), rs.getString("title"), TaskStatus.valueOf(rs.getString("status")),
					Timestamps.instant(rs, "escalated_at") != null, Timestamps.instant(rs, "dispatched_at")))
			.list();
	}

	boolean receive(long id, String by, Instant at) {
		return move(id, TaskStatus.DISPATCHED, TaskStatus.RECEIVED, "received_by = ?, received_at = ?", by, Timestamps.utc(at));
	}

	boolean start(long id, TaskStatus from, Instant at) {
		return move(id, from, TaskStatus.IN_PROGRESS, "started_at = ?", Timestamps.utc(at));
	}

	boolean close(long id, TaskStatus from, TaskStatus to, String by, Instant at, String note) {
		// A closed task frees its record's key: a gap that opens again becomes a new task.
		return move(id, from, to, "closed_by = ?, closed_at = ?, note = ?, open_source_key = NULL", by, Timestamps.utc(at), note);
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "command_task");
	}

	/** Moves a task from the state it was read in: zero rows when someone moved it meanwhile. */
	private boolean move(long id, TaskStatus from, TaskStatus to, String set, Object... values) {
		Object[] params = new Object[values.length + 3];
		params[0] = to.name();
		System.arraycopy(values, 0, params, 1, values.length);
		params[values.length + 1] = id;
		params[values.length + 2] = from.name();
		return jdbc.sql("UPDATE command_task SET status = ?, " + set + " WHERE id = ? AND status = ?")
			.params(params)
			.update() == 1;
	}

	private static Object[] held(long userId, JurisdictionPath area) {
		return new Object[] { userId, area.value(), userId };
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Task task(ResultSet rs, int row) throws SQLException {
		long assignee = rs.getLong("assignee_user_id");
		Long assigneeId = rs.wasNull() ? null : assignee;
		long source = rs.getLong("source_id");
		Long sourceId = rs.wasNull() ? null : source;
		return new Task(rs.getLong("id"), rs.getString("client_id"), rs.getString("title"), rs.getString("detail"),
				TaskPriority.valueOf(rs.getString("priority")), TaskStatus.valueOf(rs.getString("status")), assigneeId,
				rs.getString("assignee_username"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), Timestamps.instant(rs, "due_at"),
				Timestamps.instant(rs, "escalated_at"),
				rs.getString("dispatched_by"), Timestamps.instant(rs, "dispatched_at"), rs.getString("received_by"),
				Timestamps.instant(rs, "received_at"), Timestamps.instant(rs, "started_at"), rs.getString("closed_by"),
				Timestamps.instant(rs, "closed_at"),
				rs.getString("note"), rs.getString("source"), sourceId, rs.getString("source_link"), nullable(rs, "group_id"),
				nullable(rs, "person_id"), nullable(rs, "escalated_to_user_id"));
	}
}
