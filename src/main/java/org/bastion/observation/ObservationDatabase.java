package org.bastion.observation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.shared.ColumnArrays;
import org.bastion.shared.InScope;
import org.bastion.shared.LikePatterns;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NewestFirst;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code observation} table. Reads a viewer triggers take the viewer's scope pattern; the unscoped
 * ones serve global rules (one open order per person, one result per client id) and the self-report
 * link, which has no viewer.
 */
@Repository
class ObservationDatabase {

	private static final String COLUMNS = """
			id, client_id, person_id, person_name, kind, reason, status, start_date, end_date, windows,
			monitor_user_id, monitor_username, site_id, jurisdiction_code, jurisdiction_path, self_report_secret,
			last_reading_date, last_reading_slot, last_temperature, last_reading_abnormal, extended_days,
			extension_reason, released_on, release_reason, released_early, released_by, notice_number, created_by,
			created_at""";

	record NewRow(String clientId, long personId, String personName, ObservationKind kind, ObservationReason reason,
			ObservationPeriod period, List<CheckWindow> windows, Long monitorUserId, String monitorUsername, Long siteId,
			String jurisdictionCode, JurisdictionPath path, String selfReportSecret, String createdBy, Instant createdAt) {
	}

	private static final String ALL_BY_IDS = "SELECT " + COLUMNS.strip().replaceAll("(^|,\\s+)", "$1o.")
			+ " FROM UNNEST(?) AS k(wanted) JOIN observation o ON o.id = k.wanted WHERE " + InScope.positional("o.jurisdiction_path");

	/**
	 * The orders counted for every place by release date ({@link #STILL_OPEN} while open), kind and hour made:
	 * what the chart's month reads ({@link ObservationFigures}).
	 */
	static final SubtreeTally TALLY = new SubtreeTally("observation_tally", "released_on", "kind", "created_hour");

	/** The release date an open order is counted under: after every report date, so it stands at each one's end. */
	static final LocalDate STILL_OPEN = LocalDate.of(9999, 12, 31);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ObservationDatabase(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Stores an order and counts it open in its places' tallies, in the caller's transaction. */
	long insert(NewRow row) {
		long id = insertRow(row);
		TALLY.add(jdbc, row.path(), 1, STILL_OPEN, row.kind().name(), WindowBuckets.hour(row.createdAt()));
		return id;
	}

	private long insertRow(NewRow row) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO observation (client_id, person_id, person_name, open_person_id, kind, reason, status,
				  start_date, end_date, windows, monitor_user_id, monitor_username, site_id, jurisdiction_code,
				  jurisdiction_path, self_report_secret, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.clientId(), row.personId(), row.personName(), row.personId(), row.kind().name(),
					row.reason().name(), row.period().startDate(), row.period().endDate(),
					CheckWindow.formatAll(row.windows()), row.monitorUserId(), row.monitorUsername(), row.siteId(),
					row.jurisdictionCode(), row.path().value(), row.selfReportSecret(), row.createdBy(),
					row.createdAt().atOffset(ZoneOffset.UTC)));
	}

	Optional<ObservationRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(ObservationDatabase::map)
			.optional();
	}

	/** The orders of these ids the scope covers; the others are left out. */
	void moveToSite(long id, long siteId) {
		jdbc.sql("UPDATE observation SET site_id = ? WHERE id = ?").params(siteId, id).update();
	}

	/** The status of each order named, wherever it is: a status names no person. */
	Map<Long, ObservationStatus> statuses(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, ObservationStatus> statuses = new HashMap<>();
		jdbc.sql("SELECT id, status FROM observation WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> statuses.put(rs.getLong("id"), ObservationStatus.valueOf(rs.getString("status"))))
			.list();
		return statuses;
	}

	Map<Long, ObservationRow> findAll(Collection<Long> ids, String scope) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		if (ids.size() == 1) {
			return find(ids.iterator().next(), scope).map(row -> Map.of(row.id(), row)).orElse(Map.of());
		}
		// One array joined as a set of rows: the same statement text for any number of ids, prepared once.
		return template.execute((Connection connection) -> {
			Array wanted = connection.createArrayOf("bigint", ids.toArray(Long[]::new));
			try (PreparedStatement ps = connection.prepareStatement(ALL_BY_IDS)) {
				ps.setArray(1, wanted);
				ps.setString(2, InScope.pattern(scope));
				Map<Long, ObservationRow> found = new HashMap<>();
				// Hundreds of orders share a grid: each path is checked and built once per query.
				Map<String, JurisdictionPath> paths = new HashMap<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ObservationRow row = map(rs, paths);
						found.put(row.id(), row);
					}
				}
				return found;
			}
			finally {
				wanted.free();
			}
		});
	}

	/** Unscoped on purpose: the self-report link has no viewer; the secret stands in for one. */
	Optional<ObservationRow> findUnscoped(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE id = ?").param(id).query(ObservationDatabase::map).optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<ObservationRow> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE client_id = ?")
			.param(clientId)
			.query(ObservationDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: one open order per person across the deployment. */
	Optional<ObservationRow> findOpenByPerson(long personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE open_person_id = ?")
			.param(personId)
			.query(ObservationDatabase::map)
			.optional();
	}

	/**
	 * The open orders at a site in a scope whose person's name begins with {@code name} (any when blank), by
	 * name: few at a time (a site's beds), read over the open orders' status.
	 */
	List<ObservationRow> openAtSites(String scope, String name, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE status = 'OPEN' AND kind = 'SITE'"
				+ " AND person_name LIKE ? ESCAPE '\\' AND " + InScope.positional() + " ORDER BY person_name, id LIMIT ?")
			.params(LikePatterns.escaped(name == null ? "" : name.strip()) + "%", InScope.pattern(scope), limit)
			.query(ObservationDatabase::map)
			.list();
	}

	/** Newest first, after the id {@code before} when paging. */
	List<ObservationRow> list(String scope, ObservationStatus status, Long before, int limit) {
		return NewestFirst.page(jdbc, COLUMNS, "observation", scope, status == null ? null : status.name(), before, limit, ObservationDatabase::map);
	}

	/** Open orders whose end date has come by {@code date}. */
	List<ObservationRow> dueForRelease(String scope, LocalDate date) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM observation WHERE %s AND status = 'OPEN' AND end_date <= ?
				ORDER BY end_date, id LIMIT 500""".formatted(InScope.positional()))
			.params(InScope.pattern(scope), date)
			.query(ObservationDatabase::map)
			.list();
	}

	/** The open orders a monitor answers for that have checks on {@code date} or are due for release. */
	List<ObservationRow> ofMonitor(long monitorUserId, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM observation WHERE monitor_user_id = ? AND status = 'OPEN' AND %s
				ORDER BY person_name, id LIMIT 500""".formatted(InScope.positional()))
			.params(monitorUserId, InScope.pattern(scope))
			.query(ObservationDatabase::map)
			.list();
	}

	/** An order's latest reading in a set of readings. */
	record LastReading(long observationId, LocalDate date, int slot, BigDecimal temperature, boolean abnormal) {
	}

	/**
	 * Moves each order's "last check" forward only, in one statement: a phone catching up may send older
	 * checks later.
	 */
	void noteReadings(Collection<LastReading> latest) {
		if (latest.isEmpty()) {
			return;
		}
		if (latest.size() == 1) {
			// A single check: a plain update, with no arrays to build and unpack.
			LastReading reading = latest.iterator().next();
			jdbc.sql("""
					UPDATE observation SET last_reading_date = ?, last_reading_slot = ?, last_temperature = ?,
					  last_reading_abnormal = ?
					WHERE id = ? AND (last_reading_date IS NULL OR last_reading_date < ?
					  OR (last_reading_date = ? AND last_reading_slot <= ?))""")
				.params(reading.date(), reading.slot(), reading.temperature(), reading.abnormal(), reading.observationId(),
						reading.date(), reading.date(), reading.slot())
				.update();
			return;
		}
		int n = latest.size();
		Long[] id = new Long[n];
		LocalDate[] date = new LocalDate[n];
		Integer[] slot = new Integer[n];
		BigDecimal[] temperature = new BigDecimal[n];
		Boolean[] abnormal = new Boolean[n];
		int i = 0;
		for (LastReading reading : latest) {
			id[i] = reading.observationId();
			date[i] = reading.date();
			slot[i] = reading.slot();
			temperature[i] = reading.temperature();
			abnormal[i] = reading.abnormal();
			i++;
		}
		ColumnArrays.of()
			.column("bigint", id)
			.column("date", date)
			.column("integer", slot)
			.column("numeric", temperature)
			.column("boolean", abnormal)
			.update(template, """
					MERGE INTO observation o
					USING (SELECT * FROM UNNEST(?, ?, ?, ?, ?) AS t(id, reading_date, slot, temperature, abnormal)) t
					ON o.id = t.id
					WHEN MATCHED AND (o.last_reading_date IS NULL OR o.last_reading_date < t.reading_date
					  OR (o.last_reading_date = t.reading_date AND o.last_reading_slot <= t.slot))
					THEN UPDATE SET last_reading_date = t.reading_date, last_reading_slot = t.slot,
					  last_temperature = t.temperature, last_reading_abnormal = t.abnormal""");
	}

	void extend(long id, LocalDate newEnd, int days, String reason) {
		jdbc.sql("""
				UPDATE observation SET end_date = ?, extended_days = extended_days + ?, extension_reason = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(newEnd, days, reason, id)
			.update();
	}

	/**
	 * Releases an open order and moves it from open to released on that date in its places' tallies.
	 *
	 * @return false when another release got there first
	 */
	boolean release(long id, LocalDate date, String reason, boolean early, String by, String noticeNumber) {
		boolean released = jdbc.sql("""
				UPDATE observation SET status = 'RELEASED', open_person_id = NULL, released_on = ?, release_reason = ?,
				  released_early = ?, released_by = ?, notice_number = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(date, reason, early, by, noticeNumber, id)
			.update() == 1;
		if (released) {
			// Read after the update, which holds the row: the place is the one the order stands at now.
			Counted order = jdbc.sql("SELECT jurisdiction_path, kind, created_at FROM observation WHERE id = ?")
				.param(id)
				.query((rs, n) -> new Counted(new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("kind"),
						WindowBuckets.hour(rs.getObject("created_at", OffsetDateTime.class).toInstant())))
				.single();
			TALLY.add(jdbc, order.path(), -1, STILL_OPEN, order.kind(), order.hour());
			TALLY.add(jdbc, order.path(), 1, date, order.kind(), order.hour());
		}
		return released;
	}

	/** What an order's count is kept by. */
	private record Counted(JurisdictionPath path, String kind, long hour) {
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "observation", "check_slot", "health_alert", "health_reading");
		TALLY.move(jdbc, from, to);
	}

	private static ObservationRow map(ResultSet rs, int row) throws SQLException {
		return map(rs, (Map<String, JurisdictionPath>) null);
	}

	/** @param paths the paths built so far by this query, or null */
	private static ObservationRow map(ResultSet rs, Map<String, JurisdictionPath> paths) throws SQLException {
		String path = rs.getString("jurisdiction_path");
		JurisdictionPath jurisdictionPath = paths == null ? new JurisdictionPath(path)
				: paths.computeIfAbsent(path, JurisdictionPath::new);
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new ObservationRow(rs.getLong("id"), rs.getString("client_id"), rs.getLong("person_id"),
				rs.getString("person_name"), ObservationKind.valueOf(rs.getString("kind")),
				ObservationReason.valueOf(rs.getString("reason")), ObservationStatus.valueOf(rs.getString("status")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				CheckWindow.parseAll(rs.getString("windows")), rs.getObject("monitor_user_id", Long.class),
				rs.getString("monitor_username"), rs.getObject("site_id", Long.class), rs.getString("jurisdiction_code"),
				jurisdictionPath, rs.getString("self_report_secret"),
				rs.getObject("last_reading_date", LocalDate.class), rs.getObject("last_reading_slot", Integer.class),
				rs.getBigDecimal("last_temperature"), rs.getObject("last_reading_abnormal", Boolean.class), rs.getInt("extended_days"),
				rs.getString("extension_reason"), rs.getObject("released_on", LocalDate.class),
				rs.getString("release_reason"), rs.getObject("released_early", Boolean.class), rs.getString("released_by"),
				rs.getString("notice_number"), rs.getString("created_by"), created == null ? null : created.toInstant());
	}

	/** An order as stored. */
	record ObservationRow(long id, String clientId, long personId, String personName, ObservationKind kind,
			ObservationReason reason, ObservationStatus status, LocalDate startDate, LocalDate endDate,
			List<CheckWindow> windows, Long monitorUserId, String monitorUsername, Long siteId, String jurisdictionCode,
			JurisdictionPath jurisdictionPath, String selfReportSecret, LocalDate lastReadingDate, Integer lastReadingSlot,
			BigDecimal lastTemperature, Boolean lastReadingAbnormal, int extendedDays, String extensionReason,
			LocalDate releasedOn, String releaseReason, Boolean releasedEarly, String releasedBy, String noticeNumber,
			String createdBy, Instant createdAt) {

		ObservationPeriod period() {
			return new ObservationPeriod(startDate, (int) (endDate.toEpochDay() - startDate.toEpochDay()));
		}

		boolean open() {
			return status == ObservationStatus.OPEN;
		}

		/** The token of the self-report link: the order's id, so a token moved to another order fails, and a secret. */
		String selfReportToken() {
			return id + "-" + selfReportSecret;
		}
	}
}
