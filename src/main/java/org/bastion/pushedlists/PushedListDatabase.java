package org.bastion.pushedlists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pushed_list} and {@code list_rejected_row} tables. */
@Repository
class PushedListDatabase {

	private static final String COLUMNS = """
			id, name, deadline, file_name, stored_file, column_map, header_line, header_cells, status, failure,
			failure_argument, rows_read, accepted, rejected, matched, dispatched, progress, jurisdiction_code, jurisdiction_path,
			uploaded_by, uploaded_by_name, created_at, finished_at""";

	/** A list's row; a viewer sees it when it lies in their area or their area lies in it. */
	record ListRow(long id, String name, LocalDate deadline, String fileName, String storedFile, String columnMap,
			int headerLine, String headerCells, PushedListStatus status, String failure, String failureArgument, int rows, int accepted,
			int rejected, int matched, int dispatched, int progress, String jurisdictionCode,
			JurisdictionPath jurisdictionPath, long uploadedBy, String uploadedByName, Instant createdAt,
			Instant finishedAt) {
	}

	/** Counts as a job has them after a slice of rows. */
	record Counts(int rows, int accepted, int rejected, int matched, int dispatched, int progress) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PushedListDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long insert(String name, LocalDate deadline, String fileName, String storedFile, String columnMap, int headerLine,
			String headerCells, String jurisdictionCode, JurisdictionPath path, long uploadedBy, String uploadedByName) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO pushed_list (name, deadline, file_name, stored_file, column_map, header_line, header_cells,
				  status, jurisdiction_code, jurisdiction_path, uploaded_by, uploaded_by_name)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)""")
			.params(name, deadline, fileName, storedFile, columnMap, headerLine, headerCells, jurisdictionCode,
					path.value(), uploadedBy, uploadedByName));
	}

	Optional<ListRow> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pushed_list WHERE id = ?").param(id).query(PushedListDatabase::map)
			.optional();
	}

	/** Lists in the viewer's area or above it (a county list seen by a township), newest first. */
	List<ListRow> visible(JurisdictionPath scope, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pushed_list WHERE " + InScope.positional() + " OR "
				+ InScope.holdingPositional() + " ORDER BY id DESC LIMIT ?")
			.params(InScope.pattern(scope.likePattern()), InScope.path(scope.value()), limit)
			.query(PushedListDatabase::map)
			.list();
	}

	/** @return false when another runner took the list first */
	boolean claim(long id) {
		return jdbc.sql("UPDATE pushed_list SET status = 'RUNNING' WHERE id = ? AND status = 'QUEUED'").param(id)
			.update() == 1;
	}

	void progress(long id, Counts counts) {
		jdbc.sql("""
				UPDATE pushed_list SET rows_read = ?, accepted = ?, rejected = ?, matched = ?, dispatched = ?,
				  progress = ? WHERE id = ?""")
			.params(counts.rows(), counts.accepted(), counts.rejected(), counts.matched(), counts.dispatched(),
					counts.progress(), id)
			.update();
	}

	void finish(long id, PushedListStatus status, String failure, String failureArgument, Counts counts) {
		jdbc.sql("""
				UPDATE pushed_list SET status = :status, failure = :failure, failure_argument = :argument,
				  rows_read = :rows, accepted = :accepted,
				  rejected = :rejected, matched = :matched, dispatched = :dispatched, progress = :progress,
				  finished_at = CURRENT_TIMESTAMP WHERE id = :id""")
			.param("status", status.name())
			.param("failure", failure, Types.VARCHAR)
			.param("argument", failureArgument, Types.VARCHAR)
			.param("rows", counts.rows())
			.param("accepted", counts.accepted())
			.param("rejected", counts.rejected())
			.param("matched", counts.matched())
			.param("dispatched", counts.dispatched())
			.param("progress", counts.progress())
			.param("id", id)
			.update();
	}

	/** Gives a list just inserted, not yet committed, to the process that will run it. */
	void assign(long id, String worker) {
		jdbc.sql("UPDATE pushed_list SET worker = ?, worker_seen_at = CURRENT_TIMESTAMP WHERE id = ?")
			.params(worker, id)
			.update();
	}

	/** Renews the lease of the worker's unfinished lists; the database's clock is the one all processes share. */
	void renew(String worker) {
		jdbc.sql("""
				UPDATE pushed_list SET worker_seen_at = CURRENT_TIMESTAMP
				WHERE worker = ? AND status IN ('QUEUED', 'RUNNING')""")
			.param(worker)
			.update();
	}

	/** Lists left queued or half-read by a process that has not renewed their lease for the given seconds. */
	List<ListRow> abandoned(int leaseSeconds) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pushed_list WHERE status IN ('QUEUED', 'RUNNING')"
				+ " AND (worker_seen_at IS NULL OR worker_seen_at < CURRENT_TIMESTAMP - " + leaseSeconds
				+ " * INTERVAL '1' SECOND)")
			.query(PushedListDatabase::map)
			.list();
	}

	void insertRejected(long listId, List<ListImportRow.Invalid> rows) {
		batch.batchUpdate("INSERT INTO list_rejected_row (list_id, line, cells, field, reason, argument) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", rows, 1000, (ps, row) -> {
					ps.setLong(1, listId);
					ps.setInt(2, row.line());
					ps.setString(3, stored(ListImportPolicy.join(row.cells())));
					ps.setString(4, row.field());
					ps.setString(5, row.reason());
					ps.setString(6, row.argument());
				});
	}

	/**
	 * A refused row's cells as the column holds them: a row refused for its length would not fit, and
	 * failed the whole list when it was written; its start is enough to find it in the file.
	 */
	private static String stored(String joined) {
		return joined.length() <= ListImportPolicy.MAX_ROW ? joined : joined.substring(0, ListImportPolicy.MAX_ROW - 1) + "…";
	}

	void deleteRejected(long listId) {
		jdbc.sql("DELETE FROM list_rejected_row WHERE list_id = ?").param(listId).update();
	}

	/** Streams the refused rows in line order, for the error file. */
	void forEachRejected(long listId, Consumer<ListImportRow.Invalid> each) {
		batch.query("SELECT line, cells, field, reason, argument FROM list_rejected_row WHERE list_id = ? ORDER BY line",
				rs -> {
					each.accept(new ListImportRow.Invalid(rs.getInt("line"), ListImportPolicy.split(rs.getString("cells")),
							rs.getString("field"), rs.getString("reason"), rs.getString("argument")));
				}, listId);
	}

	private static ListRow map(ResultSet rs, int row) throws SQLException {
		return new ListRow(rs.getLong("id"), rs.getString("name"), rs.getObject("deadline", LocalDate.class),
				rs.getString("file_name"), rs.getString("stored_file"), rs.getString("column_map"),
				rs.getInt("header_line"), rs.getString("header_cells"), PushedListStatus.valueOf(rs.getString("status")),
				rs.getString("failure"), rs.getString("failure_argument"), rs.getInt("rows_read"), rs.getInt("accepted"), rs.getInt("rejected"),
				rs.getInt("matched"), rs.getInt("dispatched"), rs.getInt("progress"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getLong("uploaded_by"),
				rs.getString("uploaded_by_name"), instant(rs, "created_at"), instant(rs, "finished_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A list stays with the area it was pushed to. */
	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "pushed_list");
	}
}
