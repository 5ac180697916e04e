package org.bastion.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code immediate_report} and {@code immediate_fever_alert} tables. */
@Repository
class ImmediateReportDatabase {

	private static final String COLUMNS = """
			id, kind, jurisdiction_code, jurisdiction_path, place_name, what_happened, happened_at, person_id, person_name,
			link, source, reported_by, reporter_phone, reported_at, acknowledged_by, acknowledged_at, acknowledgement_note""";

	private final JdbcClient jdbc;

	ImmediateReportDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A report as stored, with the path it is scoped by. */
	record Stored(ImmediateReportView view, JurisdictionPath path) {
	}

	/** What a new report holds; {@code source} names what the system drafted it from, null for one filed by hand. */
	record NewRow(String clientId, String source, ImmediateReportKind kind, String jurisdictionCode, JurisdictionPath path,
			String placeName, String whatHappened, Instant happenedAt, Long personId, String personName, String link,
			String reportedBy, String reporterPhone) {
	}

	long insert(NewRow row) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO immediate_report (client_id, source, kind, jurisdiction_code, jurisdiction_path, place_name,
				  what_happened, happened_at, person_id, person_name, link, reported_by, reporter_phone, reported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(row.clientId(), row.source(), row.kind().name(), row.jurisdictionCode(), row.path().value(),
					row.placeName(), row.whatHappened(), utc(row.happenedAt()), row.personId(), row.personName(),
					row.link(), row.reportedBy(), row.reporterPhone()));
	}

	Optional<Stored> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM immediate_report WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(ImmediateReportDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Stored> byClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM immediate_report WHERE client_id = ?")
			.param(clientId)
			.query(ImmediateReportDatabase::map)
			.optional();
	}

	boolean drafted(String source) {
		return jdbc.sql("SELECT COUNT(*) FROM immediate_report WHERE source = ?").param(source).query(Long.class).single() > 0;
	}

	/** Newest first, after the report {@code after} (null for the first page). */
	List<Stored> list(String scope, boolean openOnly, Long after, int fetch) {
		List<Object> params = new ArrayList<>();
		params.add(InScope.pattern(scope));
		if (after != null) {
			params.add(after);
		}
		params.add(fetch);
		return jdbc.sql("SELECT " + COLUMNS + " FROM immediate_report WHERE " + InScope.positional()
				+ (openOnly ? " AND acknowledged_at IS NULL" : "") + (after == null ? "" : " AND id < ?")
				+ " ORDER BY id DESC LIMIT ?")
			.params(params)
			.query(ImmediateReportDatabase::map)
			.list();
	}

	long countOpen(String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM immediate_report WHERE " + InScope.positional() + " AND acknowledged_at IS NULL")
			.param(InScope.pattern(scope))
			.query(Long.class)
			.single();
	}

	/** @return false when someone acknowledged it first */
	boolean acknowledge(long id, String by, String note) {
		return jdbc.sql("""
				UPDATE immediate_report SET acknowledged_by = ?, acknowledged_at = CURRENT_TIMESTAMP, acknowledgement_note = ?
				WHERE id = ? AND acknowledged_at IS NULL""")
			.params(by, note, id)
			.update() == 1;
	}

	/** The phone the account gave on its last report, to fill the next one with. */
	Optional<String> lastPhone(String username) {
		return jdbc.sql("""
				SELECT reporter_phone FROM immediate_report WHERE reported_by = ? AND reporter_phone IS NOT NULL
				ORDER BY id DESC LIMIT 1""")
			.param(username)
			.query(String.class)
			.optional();
	}

	/** @return false when the alert was copied before (a redelivered event) */
	boolean recordFever(long alertId, JurisdictionPath village, Instant raisedAt) {
		return jdbc.sql("""
				INSERT INTO immediate_fever_alert (alert_id, jurisdiction_path, raised_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(alertId, village.value(), utc(raisedAt))
			.update() == 1;
	}

	/** The fever alerts of one village (its own place, not those below it) raised at or after {@code since}. */
	long feversSince(JurisdictionPath village, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM immediate_fever_alert WHERE jurisdiction_path = ? AND raised_at >= ?")
			.params(village.value(), utc(since))
			.query(Long.class)
			.single();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "immediate_report", "immediate_fever_alert");
	}

	/** Reports as stored: their logins' display names are the service's to add. */
	private static Stored map(ResultSet rs, int row) throws SQLException {
		Instant acknowledgedAt = instant(rs, "acknowledged_at");
		ImmediateReportView view = new ImmediateReportView(rs.getLong("id"), ImmediateReportKind.valueOf(rs.getString("kind")),
				rs.getString("jurisdiction_code"), rs.getString("place_name"), rs.getString("what_happened"),
				instant(rs, "happened_at"), rs.getObject("person_id", Long.class), rs.getString("person_name"),
				rs.getString("link"), rs.getString("source") != null, rs.getString("reported_by"), null,
				rs.getString("reporter_phone"), instant(rs, "reported_at"), acknowledgedAt == null,
				rs.getString("acknowledged_by"), null, acknowledgedAt, rs.getString("acknowledgement_note"), false);
		return new Stored(view, new JurisdictionPath(rs.getString("jurisdiction_path")));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
