package org.bastion.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The work logs ({@code command_work_log} and its versions) and the day's reads of the tasks
 * ({@code command_task}) that the morning dispatch list and the evening review make: their own queries, so
 * that the task pages' repository stays as the tasks need it.
 */
@Repository
class WorkLogDatabase {

	/** A task as a day's list shows it, read from {@code command_task}. */
	record DayTask(long id, String title, TaskPriority priority, TaskStatus status, String assigneeUsername,
			String jurisdictionCode, JurisdictionPath path, Instant dueAt, Instant escalatedAt, Instant dispatchedAt,
			Instant closedAt, String closedBy, String note) {

		boolean overdue(Instant now) {
			return TaskPolicy.overdue(status, dueAt, now);
		}
	}

	/** A log as stored with its current version's texts. */
	record StoredLog(long id, String jurisdictionCode, JurisdictionPath path, LocalDate date, int version,
			WorkLogText text, String savedBy, Instant savedAt) {
	}

	/** One saved version of a log. */
	record StoredVersion(long logId, int version, String clientId, WorkLogText text, String savedBy, Instant savedAt) {
	}

	private static final String DAY_TASKS = """
			SELECT id, title, priority, status, assignee_username, jurisdiction_code, jurisdiction_path, due_at,
			  escalated_at, dispatched_at, closed_at, closed_by, note
			FROM command_task""";

	private static final String OPEN = "status IN ('DISPATCHED', 'RECEIVED', 'IN_PROGRESS')";

	private static final String LOGS = """
			SELECT l.id, l.jurisdiction_code, l.jurisdiction_path, l.log_date, l.version, v.reports, v.alerts, v.tasks,
			  v.assessment, v.saved_by, v.saved_at
			FROM command_work_log l JOIN command_work_log_version v ON v.log_id = l.id AND v.version = l.version""";

	private final JdbcClient jdbc;

	WorkLogDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- the day's tasks

	/**
	 * The tasks of a subtree for a day's window: due or dispatched in it, and with {@code carried} the open ones
	 * due before it (still to do, overdue), by place and due time.
	 */
	List<DayTask> dayTasks(String scope, Instant from, Instant to, boolean carried, int limit) {
		return jdbc.sql(DAY_TASKS + " WHERE " + InScope.positional() + " AND ((due_at >= ? AND due_at < ?)"
				+ " OR (dispatched_at >= ? AND dispatched_at < ?)"
				+ (carried ? " OR (" + OPEN + " AND due_at < ?)" : "") + ")"
				+ " ORDER BY jurisdiction_path, due_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.params(carried
					? new Object[] { InScope.pattern(scope), Timestamps.utc(from), Timestamps.utc(to), Timestamps.utc(from),
							Timestamps.utc(to), Timestamps.utc(from) }
					: new Object[] { InScope.pattern(scope), Timestamps.utc(from), Timestamps.utc(to), Timestamps.utc(from),
							Timestamps.utc(to) })
			.query(WorkLogDatabase::dayTask)
			.list();
	}

	/** The tasks of a subtree closed (done or refused) in a window, in the order they were closed. */
	List<DayTask> closedIn(String scope, Instant from, Instant to, int limit) {
		return jdbc.sql(DAY_TASKS + " WHERE " + InScope.positional() + " AND status IN ('DONE', 'REFUSED')"
				+ " AND closed_at >= ? AND closed_at < ? ORDER BY closed_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.params(InScope.pattern(scope), Timestamps.utc(from), Timestamps.utc(to))
			.query(WorkLogDatabase::dayTask)
			.list();
	}

	/** The open tasks of a subtree whose due time passed before {@code by}, the oldest due first. */
	List<DayTask> overdueBy(String scope, Instant by, int limit) {
		return jdbc.sql(DAY_TASKS + " WHERE " + InScope.positional() + " AND " + OPEN + " AND due_at < ?"
				+ " ORDER BY due_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.params(InScope.pattern(scope), Timestamps.utc(by))
			.query(WorkLogDatabase::dayTask)
			.list();
	}

	/** How many tasks of a subtree were dispatched in a window. */
	long countDispatched(String scope, Instant from, Instant to) {
		return jdbc.sql("SELECT COUNT(*) FROM command_task WHERE " + InScope.positional()
				+ " AND dispatched_at >= ? AND dispatched_at < ?")
			.params(InScope.pattern(scope), Timestamps.utc(from), Timestamps.utc(to))
			.query(Long.class)
			.single();
	}

	// ---- the logs

	Optional<StoredLog> find(String jurisdictionCode, LocalDate date) {
		return jdbc.sql(LOGS + " WHERE l.jurisdiction_code = ? AND l.log_date = ?")
			.params(jurisdictionCode, date)
			.query(WorkLogDatabase::log)
			.optional();
	}

	/** Every version of a log, the newest first. */
	List<StoredVersion> versions(long logId) {
		return jdbc.sql("SELECT log_id, version, client_id, reports, alerts, tasks, assessment, saved_by, saved_at"
				+ " FROM command_work_log_version WHERE log_id = ? ORDER BY version DESC")
			.param(logId)
			.query(WorkLogDatabase::version)
			.list();
	}

	Optional<StoredVersion> versionByClientId(String clientId) {
		return jdbc.sql("SELECT log_id, version, client_id, reports, alerts, tasks, assessment, saved_by, saved_at"
				+ " FROM command_work_log_version WHERE client_id = ?")
			.param(clientId)
			.query(WorkLogDatabase::version)
			.optional();
	}

	Optional<StoredLog> byId(long id) {
		return jdbc.sql(LOGS + " WHERE l.id = ?").param(id).query(WorkLogDatabase::log).optional();
	}

	/** A new log at version 1; fails on the unique day when another save created it first. */
	long insertLog(String jurisdictionCode, JurisdictionPath path, LocalDate date) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO command_work_log (jurisdiction_code, jurisdiction_path, log_date, version) VALUES (?, ?, ?, 1)""")
			.params(jurisdictionCode, path.value(), date));
	}

	/** Moves a log on from the version its editor read; false when someone saved meanwhile. */
	boolean advance(long id, int from) {
		return jdbc.sql("UPDATE command_work_log SET version = ? WHERE id = ? AND version = ?")
			.params(from + 1, id, from)
			.update() == 1;
	}

	/** The texts of a version; fails on the unique client id when the same save was stored meanwhile. */
	void insertVersion(long logId, int version, String clientId, WorkLogText text, String savedBy, Instant savedAt) {
		jdbc.sql("""
				INSERT INTO command_work_log_version (log_id, version, client_id, reports, alerts, tasks, assessment,
				  saved_by, saved_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(logId, version, clientId, text.reports(), text.alerts(), text.tasks(), text.assessment(), savedBy,
					Timestamps.utc(savedAt))
			.update();
	}

	/**
	 * The logs of a subtree between two dates (either open), whose current text holds {@code like} (null for
	 * all), the newest date first, a page at a time after the (date, id) of the last row of the page before.
	 */
	List<StoredLog> search(String scope, LocalDate from, LocalDate to, String like, LocalDate afterDate, Long afterId,
			int limit) {
		StringBuilder sql = new StringBuilder(LOGS).append(" WHERE ").append(InScope.positional("l.jurisdiction_path"));
		List<Object> params = new java.util.ArrayList<>();
		params.add(InScope.pattern(scope));
		if (from != null) {
			sql.append(" AND l.log_date >= ?");
			params.add(from);
		}
		if (to != null) {
			sql.append(" AND l.log_date <= ?");
			params.add(to);
		}
		if (like != null) {
			sql.append(" AND (LOWER(v.reports) LIKE ? ESCAPE '\\' OR LOWER(v.alerts) LIKE ? ESCAPE '\\'"
					+ " OR LOWER(v.tasks) LIKE ? ESCAPE '\\' OR LOWER(v.assessment) LIKE ? ESCAPE '\\')");
			for (int i = 0; i < 4; i++) {
				params.add(like);
			}
		}
		if (afterDate != null) {
			sql.append(" AND (l.log_date < ? OR (l.log_date = ? AND l.id < ?))");
			params.add(afterDate);
			params.add(afterDate);
			params.add(afterId);
		}
		sql.append(" ORDER BY l.log_date DESC, l.id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return jdbc.sql(sql.toString()).params(params).query(WorkLogDatabase::log).list();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "command_work_log");
	}

	private static DayTask dayTask(ResultSet rs, int row) throws SQLException {
		return new DayTask(rs.getLong("id"), rs.getString("title"), TaskPriority.valueOf(rs.getString("priority")),
				TaskStatus.valueOf(rs.getString("status")), rs.getString("assignee_username"),
				rs.getString("jurisdiction_code"), new JurisdictionPath(rs.getString("jurisdiction_path")),
				Timestamps.instant(rs, "due_at"), Timestamps.instant(rs, "escalated_at"),
				Timestamps.instant(rs, "dispatched_at"), Timestamps.instant(rs, "closed_at"), rs.getString("closed_by"),
				rs.getString("note"));
	}

	private static WorkLogText text(ResultSet rs) throws SQLException {
		return new WorkLogText(rs.getString("reports"), rs.getString("alerts"), rs.getString("tasks"),
				rs.getString("assessment"));
	}

	private static StoredLog log(ResultSet rs, int row) throws SQLException {
		return new StoredLog(rs.getLong("id"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getObject("log_date", LocalDate.class),
				rs.getInt("version"), text(rs), rs.getString("saved_by"), Timestamps.instant(rs, "saved_at"));
	}

	private static StoredVersion version(ResultSet rs, int row) throws SQLException {
		return new StoredVersion(rs.getLong("log_id"), rs.getInt("version"), rs.getString("client_id"), text(rs),
				rs.getString("saved_by"), Timestamps.instant(rs, "saved_at"));
	}
}
