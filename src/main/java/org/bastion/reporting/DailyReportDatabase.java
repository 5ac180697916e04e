package org.bastion.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code daily_report} tables: one report per unit and date, one revision per submission with the
 * figures and manual fields as confirmed, and the reminders.
 */
@Repository
class DailyReportDatabase {

	private static final String REPORT = "id, unit_ref, jurisdiction_path, report_date, revision, zero, late, first_submitted_at";

	private final JdbcClient jdbc;

	DailyReportDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A submitted report; {@code late} and {@code firstSubmittedAt} are the first submission's, for timeliness. */
	record ReportRow(long id, String unitRef, String path, LocalDate date, int revision, boolean zero, boolean late,
			Instant firstSubmittedAt) {
	}

	record RevisionRow(int revision, boolean zero, boolean late, String reporterName, String reporterPhone,
			String approver, String note, String submittedBy, Instant submittedAt) {
	}

	record FigureRow(String key, long derived, long reported, String reason) {
	}

	record ManualRow(long fieldId, long value) {
	}

	Optional<ReportRow> find(String unitRef, LocalDate date) {
		return jdbc.sql("SELECT " + REPORT + " FROM daily_report WHERE unit_ref = ? AND report_date = ?")
			.params(unitRef, date)
			.query(DailyReportDatabase::report)
			.optional();
	}

	Optional<ReportRow> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + REPORT.replaceAll("(\\w+)", "r.$1")
				+ " FROM daily_report r JOIN daily_report_revision v ON v.report_id = r.id WHERE v.client_id = ?")
			.params(clientId)
			.query(DailyReportDatabase::report)
			.optional();
	}

	/** The reports of a date at or below a scope, for completeness. */
	List<ReportRow> submitted(LocalDate date, String scope) {
		return jdbc.sql("SELECT " + REPORT + " FROM daily_report WHERE report_date = ? AND " + InScope.positional())
			.params(date, InScope.pattern(scope))
			.query(DailyReportDatabase::report)
			.list();
	}

	long insertReport(ReportUnit unit, LocalDate date, boolean zero, boolean late, Instant at) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO daily_report (unit_ref, unit_kind, jurisdiction_path, report_date, revision, zero, late,
				  first_submitted_at)
				VALUES (?, ?, ?, ?, 1, ?, ?, ?)""")
			.params(unit.ref(), unit.kind(), unit.path().value(), date, zero, late, utc(at)));
	}

	void amendReport(long id, int revision, boolean zero) {
		jdbc.sql("UPDATE daily_report SET revision = ?, zero = ? WHERE id = ?").params(revision, zero, id).update();
	}

	void insertRevision(long reportId, int revision, String clientId, boolean zero, boolean late, String reporterName,
			String reporterPhone, String approver, String note, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO daily_report_revision (report_id, revision, client_id, zero, late, reporter_name,
				  reporter_phone, approver, note, submitted_by, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, revision, clientId, zero, late, reporterName, reporterPhone, approver, note, by, utc(at))
			.update();
	}

	void insertFigures(long reportId, int revision, List<FigureRow> figures) {
		for (FigureRow figure : figures) {
			jdbc.sql("""
					INSERT INTO daily_report_figure (report_id, revision, figure_key, derived, reported, reason)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(reportId, revision, figure.key(), figure.derived(), figure.reported(), figure.reason())
				.update();
		}
	}

	void insertManual(long reportId, int revision, List<ManualRow> values) {
		for (ManualRow value : values) {
			jdbc.sql("INSERT INTO daily_report_manual (report_id, revision, field_id, amount) VALUES (?, ?, ?, ?)")
				.params(reportId, revision, value.fieldId(), value.value())
				.update();
		}
	}

	List<RevisionRow> revisions(long reportId) {
		return jdbc.sql("""
				SELECT revision, zero, late, reporter_name, reporter_phone, approver, note, submitted_by, submitted_at
				FROM daily_report_revision WHERE report_id = ? ORDER BY revision DESC""")
			.params(reportId)
			.query(DailyReportDatabase::revision)
			.list();
	}

	/** The unit's latest submission of any date: who reported and how to reach them, for the next form. */
	Optional<RevisionRow> lastRevision(String unitRef) {
		return jdbc.sql("""
				SELECT v.revision, v.zero, v.late, v.reporter_name, v.reporter_phone, v.approver, v.note, v.submitted_by,
				  v.submitted_at
				FROM daily_report_revision v JOIN daily_report r ON r.id = v.report_id
				WHERE r.unit_ref = ? ORDER BY v.submitted_at DESC LIMIT 1""")
			.params(unitRef)
			.query(DailyReportDatabase::revision)
			.optional();
	}

	List<FigureRow> figures(long reportId, int revision) {
		return jdbc.sql("""
				SELECT figure_key, derived, reported, reason FROM daily_report_figure
				WHERE report_id = ? AND revision = ?""")
			.params(reportId, revision)
			.query((rs, row) -> new FigureRow(rs.getString("figure_key"), rs.getLong("derived"), rs.getLong("reported"),
					rs.getString("reason")))
			.list();
	}

	List<ManualRow> manual(long reportId, int revision) {
		return jdbc.sql("SELECT field_id, amount FROM daily_report_manual WHERE report_id = ? AND revision = ?")
			.params(reportId, revision)
			.query((rs, row) -> new ManualRow(rs.getLong("field_id"), rs.getLong("amount")))
			.list();
	}

	/**
	 * The manual fields of a date summed over the villages' reports below a scope (their current revisions):
	 * townships sum their villages, so a township's own values would count the villages twice.
	 */
	Map<Long, Long> manualOfVillages(LocalDate date, String scope) {
		Map<Long, Long> sums = new HashMap<>();
		jdbc.sql("""
				SELECT m.field_id, SUM(m.amount) FROM daily_report r
				JOIN daily_report_manual m ON m.report_id = r.id AND m.revision = r.revision
				WHERE r.report_date = ? AND r.unit_kind = 'VILLAGE' AND\s""" + InScope.positional("r.jurisdiction_path")
				+ " GROUP BY m.field_id")
			.params(date, InScope.pattern(scope))
			.query(rs -> {
				sums.put(rs.getLong(1), rs.getLong(2));
			});
		return sums;
	}

	void insertReminder(String unitRef, LocalDate date, String by, Instant at) {
		jdbc.sql("INSERT INTO daily_report_reminder (unit_ref, report_date, reminded_by, reminded_at) VALUES (?, ?, ?, ?)")
			.params(unitRef, date, by, utc(at))
			.update();
	}

	/** The last reminder of each unit reminded for a date. */
	List<Reminded> reminders(LocalDate date) {
		return jdbc.sql("""
				SELECT unit_ref, MAX(reminded_at) AS last_at, COUNT(*) AS times FROM daily_report_reminder
				WHERE report_date = ? GROUP BY unit_ref""")
			.params(date)
			.query(DailyReportDatabase::reminded)
			.list();
	}

	/** The last reminder of one unit for a date, if it was reminded. */
	Optional<Reminded> reminderOf(String unitRef, LocalDate date) {
		return jdbc.sql("""
				SELECT unit_ref, MAX(reminded_at) AS last_at, COUNT(*) AS times FROM daily_report_reminder
				WHERE report_date = ? AND unit_ref = ? GROUP BY unit_ref""")
			.params(date, unitRef)
			.query(DailyReportDatabase::reminded)
			.optional();
	}

	record Reminded(String unitRef, Instant lastAt, int times) {
	}

	private static ReportRow report(ResultSet rs, int row) throws SQLException {
		return new ReportRow(rs.getLong("id"), rs.getString("unit_ref"), rs.getString("jurisdiction_path"),
				rs.getObject("report_date", LocalDate.class), rs.getInt("revision"), rs.getBoolean("zero"),
				rs.getBoolean("late"), instant(rs, "first_submitted_at"));
	}

	private static Reminded reminded(ResultSet rs, int row) throws SQLException {
		return new Reminded(rs.getString("unit_ref"), instant(rs, "last_at"), rs.getInt("times"));
	}

	private static RevisionRow revision(ResultSet rs, int row) throws SQLException {
		return new RevisionRow(rs.getInt("revision"), rs.getBoolean("zero"), rs.getBoolean("late"),
				rs.getString("reporter_name"), rs.getString("reporter_phone"), rs.getString("approver"), rs.getString("note"),
				rs.getString("submitted_by"), instant(rs, "submitted_at"));
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
