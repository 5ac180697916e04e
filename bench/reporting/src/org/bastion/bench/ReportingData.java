package org.bastion.bench;

import static org.bastion.bench.BenchOutput.say;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The county the reports are timed on, written by SQL (set-up, not measured): villages added to the
 * demo tree until the county has {@code units} reporting units, {@code persons} persons spread over the
 * villages, the health bench's history of released orders with their slots and readings, and a month
 * of the records the figures count (arrivals, open orders at home and in sites, fever alerts, cases and
 * contacts, pushed-list entries, household visits, check-ins, daily reports). Every table is filled by
 * {@code INSERT … SELECT} over {@code generate_series}, into the tables and indexes the migrations made.
 * Sizes other than persons and units scale with the persons (a million persons: the figures the issue names).
 */
final class ReportingData {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String COUNTY = "511528";

	private final String database;

	private final int persons;

	private final int units;

	private final double scale;

	ReportingData(String database, int persons, int units) {
		this.database = database;
		this.persons = persons;
		this.units = units;
		this.scale = persons / 1_000_000.0;
	}

	private long scaled(long atMillion) {
		return Math.max(1, Math.round(atMillion * scale));
	}

	/** Fills what is missing; a county filled before (same sizes) is kept. */
	void fill() throws Exception {
		long t = System.nanoTime();
		try (Connection db = HealthBench.setUpConnection(database); Statement sql = db.createStatement()) {
			if (HealthBench.single(sql, "SELECT COUNT(*) FROM person") >= persons * 9L / 10) {
				say("Set-up: the county is there already (%,d persons)", HealthBench.single(sql, "SELECT COUNT(*) FROM person"));
				return;
			}
			villages(sql);
			people(sql);
		}
		try (Connection db = DriverManager.getConnection(HOST + database, "postgres", "")) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(db, true));
			HealthBench.fillHistory(jdbc, database, Math.round(30_000_000L * scale), persons);
		}
		try (Connection db = HealthBench.setUpConnection(database); Statement sql = db.createStatement()) {
			openOrders(sql);
			alertsAndCases(sql);
			arrivals(sql);
			pushedLists(sql);
			visits(sql);
			checkins(sql);
			dailyReports(sql);
			keptCounts(sql);
			long s = System.nanoTime();
			sql.execute("VACUUM ANALYZE");
			say("Set-up: vacuum and analyze %.0f s", (System.nanoTime() - s) / 1e9);
		}
		say("Set-up: %.0f s in all", (System.nanoTime() - t) / 1e9);
	}

	/** The migrations that count the records of a table for every place of the tree, and their tables. */
	private static final List<String> KEPT_COUNTS = List.of("V112__observation_tally.sql", "V113__household_visit_tally.sql",
			"V114__list_entry_tally.sql", "V119__arrival_origin_tally.sql");

	/**
	 * The counts kept per place of the tree, which orders, visits, verdicts and arrivals move as they are
	 * stored: these rows came by SQL, so each table is counted again by its migration's own statement.
	 */
	private void keptCounts(Statement sql) throws Exception {
		for (String migration : KEPT_COUNTS) {
			String text;
			try (var in = ReportingData.class.getResourceAsStream("/db/migration/common/" + migration)) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String table = migration.substring(migration.indexOf("__") + 2, migration.length() - 4);
			String insert = text.substring(text.indexOf("INSERT INTO " + table));
			sql.execute("TRUNCATE " + table);
			step(sql, table + " rows", insert.substring(0, insert.lastIndexOf(';')));
		}
	}

	private void step(Statement sql, String what, String statement) throws SQLException {
		long s = System.nanoTime();
		int rows = sql.executeUpdate(statement);
		say("Set-up: %,d %s, %.1f s", rows, what, (System.nanoTime() - s) / 1e9);
	}

	/**
	 * Villages added under the twelve townships (codes 500-999 of each) until villages and townships make
	 * {@code units} reporting units, with their paths as the tree import writes them; then a numbered list of
	 * every village for the generators below.
	 */
	private void villages(Statement sql) throws SQLException {
		long townships = HealthBench.single(sql, "SELECT COUNT(*) FROM jurisdiction WHERE level = 'TOWNSHIP'");
		long present = HealthBench.single(sql, "SELECT COUNT(*) FROM jurisdiction WHERE level = 'VILLAGE'");
		long missing = Math.max(0, units - townships - present);
		step(sql, "villages added", """
				INSERT INTO jurisdiction (code, name, parent_code, level, path)
				SELECT t.code || (500 + k), '新建' || (500 + k) || '村民委员会', t.code, 'VILLAGE', t.path || t.code || (500 + k) || '/'
				FROM (SELECT code, path, ROW_NUMBER() OVER (ORDER BY code) - 1 AS i FROM jurisdiction WHERE level = 'TOWNSHIP') t
				CROSS JOIN generate_series(0, %d) k
				WHERE k * %d + t.i < %d""".formatted(missing / townships + 1, townships, missing));
		sql.execute("DROP TABLE IF EXISTS bench_village");
		sql.execute("""
				CREATE TABLE bench_village AS
				SELECT (ROW_NUMBER() OVER (ORDER BY code) - 1)::int AS village_no, code, path FROM jurisdiction WHERE level = 'VILLAGE'""");
		sql.execute("ALTER TABLE bench_village ADD PRIMARY KEY (village_no)");
		say("Set-up: %,d villages and %,d townships: %,d reporting units", HealthBench.single(sql, "SELECT COUNT(*) FROM bench_village"),
				townships, HealthBench.single(sql, "SELECT COUNT(*) FROM bench_village") + townships);
	}

	/** Persons with resident IDs, person n in village n mod villages, ids contiguous as the history needs. */
	private void people(Statement sql) throws SQLException {
		long first = HealthBench.single(sql, "SELECT COALESCE(MAX(id), 0) FROM person");
		step(sql, "persons", """
				INSERT INTO person (id, id_number, document_type, name, sex, birth_date, phone, id_number_reversed, phone_reversed,
				  address, jurisdiction_code, jurisdiction_path, care_flags, created_at, updated_at, version)
				SELECT %d + n, x.idn, 'RESIDENT_ID', (ARRAY['王','李','张','刘','陈','杨','黄','赵'])[1 + n %% 8]
				  || (ARRAY['伟','芳','娜','敏','静','强','磊','军','洋','勇'])[1 + (n / 8) %% 10],
				  CASE n %% 2 WHEN 0 THEN 'MALE' ELSE 'FEMALE' END, DATE '1940-01-01' + (n %% 29000), x.phone, reverse(x.idn),
				  reverse(x.phone), v.code || '号', v.code, v.path, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
				FROM generate_series(1, %d) n
				CROSS JOIN LATERAL (SELECT '5115' || lpad(n::text, 14, '0') AS idn, '139' || lpad(n::text, 8, '0') AS phone) x
				JOIN bench_village v ON v.village_no = n %% (SELECT COUNT(*) FROM bench_village)""".formatted(first, persons));
		sql.execute("SELECT setval(pg_get_serial_sequence('person', 'id'), (SELECT MAX(id) FROM person))");
		sql.execute("ANALYZE person");
	}

	/**
	 * Orders open today, started 0-13 days ago with their 28 slots: nine in ten at home, one in ten in one of
	 * the twelve sites (a stay in a room); the slots of days gone by read, one in twenty missed, and their
	 * readings stored. Persons are taken from the end, whom the history's orders reach last.
	 */
	private void openOrders(Statement sql) throws SQLException {
		long open = scaled(20_000);
		step(sql, "isolation sites", """
				INSERT INTO isolation_site (name, kind, address, jurisdiction_code, jurisdiction_path, created_by, created_at)
				SELECT '隔离点' || code, 'HOTEL', code, code, path, 'bench', CURRENT_TIMESTAMP - INTERVAL '40 days'
				FROM jurisdiction WHERE level = 'TOWNSHIP'""".formatted());
		step(sql, "isolation rooms", """
				INSERT INTO isolation_room (site_id, room_number, beds)
				SELECT s.id, r::text, 2 FROM isolation_site s CROSS JOIN generate_series(1, 200) r WHERE s.created_by = 'bench'""");
		long before = HealthBench.single(sql, "SELECT COALESCE(MAX(id), 0) FROM observation");
		step(sql, "open orders", """
				INSERT INTO observation (id, person_id, person_name, open_person_id, kind, reason, status, start_date, end_date,
				  windows, site_id, jurisdiction_code, jurisdiction_path, self_report_secret, created_by, created_at)
				SELECT %1$d + n, p.id, p.name, p.id, CASE WHEN n %% 10 = 0 THEN 'SITE' ELSE 'HOME' END,
				  CASE n %% 7 WHEN 0 THEN 'CLOSE_CONTACT' WHEN 1 THEN 'FEVER' ELSE 'ARRIVAL_FROM_RISK_AREA' END, 'OPEN',
				  s.start, s.start + 14, '08:00-12:00,14:00-18:00',
				  CASE WHEN n %% 10 = 0 THEN (SELECT MIN(id) FROM isolation_site WHERE created_by = 'bench') + (n / 10) %% 12 END,
				  p.jurisdiction_code, p.jurisdiction_path, md5('open' || n), 'bench',
				  (s.start + TIME '09:00' + (n %% 480) * INTERVAL '1 minute') AT TIME ZONE 'Asia/Shanghai'
				FROM generate_series(1, %2$d) n
				JOIN person p ON p.id = (SELECT MAX(id) FROM person) + 1 - n
				CROSS JOIN LATERAL (SELECT CURRENT_DATE - (n %% 14)::int AS start) s""".formatted(before, open));
		sql.execute("SELECT setval(pg_get_serial_sequence('observation', 'id'), (SELECT MAX(id) FROM observation))");
		step(sql, "site stays", """
				INSERT INTO site_stay (site_id, room_id, observation_id, person_id, person_name, open_person_id, status,
				  checked_in_at, checked_in_by, jurisdiction_path, person_path)
				SELECT o.site_id, r.id, o.id, o.person_id, o.person_name, o.person_id, 'OPEN', o.created_at, 'bench', st.jurisdiction_path,
				  o.jurisdiction_path
				FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY site_id ORDER BY id) AS k FROM observation o
				  WHERE o.id > %d AND o.site_id IS NOT NULL) o
				JOIN isolation_site st ON st.id = o.site_id
				JOIN isolation_room r ON r.site_id = o.site_id AND r.room_number = (1 + (o.k - 1) %% 200)::text""".formatted(before));
		step(sql, "slots of open orders", """
				INSERT INTO check_slot (observation_id, slot_date, slot, window_start, window_end, jurisdiction_path, reading_count,
				  abnormal)
				SELECT o.id, o.start_date + d, s, CASE s WHEN 1 THEN TIME '08:00' ELSE TIME '14:00' END,
				  CASE s WHEN 1 THEN TIME '12:00' ELSE TIME '18:00' END, o.jurisdiction_path,
				  CASE WHEN o.start_date + d < CURRENT_DATE AND (o.id + d + s) %% 20 <> 0 THEN 1 ELSE 0 END, FALSE
				FROM observation o CROSS JOIN generate_series(0, 13) d CROSS JOIN generate_series(1, 2) s
				WHERE o.id > %d""".formatted(before));
		step(sql, "readings of open orders", """
				INSERT INTO health_reading (observation_id, reading_date, slot, person_id, temperature, symptoms, source, client_id,
				  recorded_by, recorded_at, jurisdiction_path)
				SELECT o.id, c.slot_date, c.slot, o.person_id, 36.0 + ((o.id + c.slot) %% 12) / 10.0, '', 'STAFF',
				  md5('open-' || o.id || '-' || c.slot_date || '-' || c.slot), 'bench',
				  (c.slot_date + CASE c.slot WHEN 1 THEN TIME '09:00' ELSE TIME '15:00' END) AT TIME ZONE 'Asia/Shanghai',
				  o.jurisdiction_path
				FROM check_slot c JOIN observation o ON o.id = c.observation_id
				WHERE o.id > %d AND c.reading_count = 1""".formatted(before));
		step(sql, "client ids of those readings", """
				INSERT INTO health_reading_client_id (client_id, reading_id, reading_date)
				SELECT client_id, id, reading_date FROM health_reading WHERE observation_id > %d""".formatted(before));
		sql.execute("UPDATE observation o SET last_reading_date = r.d, last_reading_slot = 2, last_temperature = 36.5,"
				+ " last_reading_abnormal = FALSE FROM (SELECT observation_id, MAX(slot_date) AS d FROM check_slot"
				+ " WHERE observation_id > " + before + " AND reading_count = 1 GROUP BY observation_id) r WHERE o.id = r.observation_id");
	}

	/**
	 * Fever alerts over the month on the orders of the time (closed but those of the last two days), cases
	 * with their status history and three close contacts each.
	 */
	private void alertsAndCases(Statement sql) throws SQLException {
		step(sql, "fever alerts", """
				INSERT INTO health_alert (observation_id, person_id, person_name, reading_id, kind, temperature, symptoms, reading_date,
				  status, jurisdiction_code, jurisdiction_path, opened_at, closed_at, closed_by, action)
				SELECT o.id, o.person_id, o.person_name, 0, 'FEVER', 38.1, '', a.day,
				  CASE WHEN a.day >= CURRENT_DATE - 1 THEN 'OPEN' ELSE 'CLOSED' END, o.jurisdiction_code, o.jurisdiction_path,
				  a.at, CASE WHEN a.day < CURRENT_DATE - 1 THEN a.at + INTERVAL '3 hours' END,
				  CASE WHEN a.day < CURRENT_DATE - 1 THEN 'bench' END,
				  CASE WHEN a.day < CURRENT_DATE - 1 THEN 'RECHECKED_NORMAL' END
				FROM (SELECT o.*, ROW_NUMBER() OVER (ORDER BY id) AS k FROM observation o
				  WHERE o.start_date BETWEEN CURRENT_DATE - 42 AND CURRENT_DATE AND o.id %% 97 = 0) o
				CROSS JOIN LATERAL (SELECT LEAST(CURRENT_DATE, o.start_date + (o.k %% 14)::int) AS day) d
				CROSS JOIN LATERAL (SELECT d.day AS day, (d.day + TIME '09:30' + (o.k %% 400) * INTERVAL '1 minute')
				  AT TIME ZONE 'Asia/Shanghai' AS at) a
				WHERE o.k <= %d""".formatted(scaled(4_000)));
		long cases = scaled(300);
		step(sql, "cases", """
				INSERT INTO health_case (person_id, person_name, status, onset_date, confirmed_date, outcome_date, hospital,
				  jurisdiction_code, jurisdiction_path, created_by, created_at)
				SELECT p.id, p.name, (ARRAY['SUSPECTED','CONFIRMED','CONFIRMED','ASYMPTOMATIC','RECOVERED','DIED'])[1 + n %% 6],
				  c.onset, CASE WHEN n %% 6 IN (1, 2, 4, 5) THEN c.onset + 2 END, CASE WHEN n %% 6 IN (4, 5) THEN c.onset + 12 END,
				  '县人民医院', p.jurisdiction_code, p.jurisdiction_path, 'bench', (c.onset + TIME '11:00') AT TIME ZONE 'Asia/Shanghai'
				FROM generate_series(1, %d) n
				JOIN person p ON p.id = (SELECT MIN(id) FROM person) + n * 2999
				CROSS JOIN LATERAL (SELECT CURRENT_DATE - 30 + (n %% 31)::int AS onset) c
				ON CONFLICT DO NOTHING""".formatted(cases));
		step(sql, "case status changes", """
				INSERT INTO case_status_change (case_id, status, change_date, jurisdiction_path, changed_by, changed_at)
				SELECT id, s.status, s.day, jurisdiction_path, 'bench', (s.day + TIME '11:00') AT TIME ZONE 'Asia/Shanghai'
				FROM health_case
				CROSS JOIN LATERAL (VALUES (CASE status WHEN 'ASYMPTOMATIC' THEN 'ASYMPTOMATIC' ELSE 'SUSPECTED' END, onset_date),
				  (CASE WHEN confirmed_date IS NOT NULL THEN 'CONFIRMED' END, confirmed_date),
				  (CASE WHEN outcome_date IS NOT NULL THEN status END, outcome_date)) s(status, day)
				WHERE s.status IS NOT NULL AND s.day <= CURRENT_DATE AND created_by = 'bench'""".formatted());
		step(sql, "close contacts", """
				INSERT INTO case_contact (case_id, person_id, person_name, match_key, relation, last_exposure_date, jurisdiction_path,
				  created_by, created_at)
				SELECT c.id, p.id, p.name, 'p:' || p.id, '家人', c.onset_date, p.jurisdiction_path, 'bench', c.created_at + INTERVAL '1 hour'
				FROM health_case c CROSS JOIN generate_series(1, 3) k
				JOIN person p ON p.id = c.person_id + k
				WHERE c.created_by = 'bench'""");
	}

	/**
	 * Arrivals of the last 30 days: three in ten from Wuhan (4201xx), two from the rest of Hubei (42xxxx), the
	 * others from elsewhere, registered over the day after they came.
	 */
	private void arrivals(Statement sql) throws SQLException {
		step(sql, "arrivals", """
				INSERT INTO arrival (person_id, jurisdiction_code, jurisdiction_path, origin_code, origin_address, departure_date,
				  arrival_date, transport_mode, temperature, symptoms, risk_level, risk_reasons, recommended_measure, registered_by,
				  registered_at, person_document_type, id_region)
				SELECT p.id, p.jurisdiction_code, p.jurisdiction_path, o.origin, o.origin || '某地', a.day - 1, a.day,
				  (ARRAY['CAR','TRAIN','FLIGHT','BUS','OTHER'])[1 + n %% 5], 36.5, '', o.risk, '', o.measure, 'bench',
				  (a.day + TIME '08:00' + (n %% 840) * INTERVAL '1 minute') AT TIME ZONE 'Asia/Shanghai', 'RESIDENT_ID', '511528'
				FROM generate_series(1, %d) n
				JOIN person p ON p.id = (SELECT MIN(id) FROM person) + (n * 7) %% (SELECT COUNT(*) FROM person)
				CROSS JOIN LATERAL (SELECT CURRENT_DATE - (n %% 30)::int AS day) a
				CROSS JOIN LATERAL (SELECT CASE WHEN n %% 10 < 3 THEN '4201' || lpad((2 + n %% 16)::text, 2, '0')
				    WHEN n %% 10 < 5 THEN '42' || lpad((2 + n %% 12)::text, 2, '0') || '02' ELSE '4403' || lpad((3 + n %% 8)::text, 2, '0') END
				    AS origin,
				  CASE WHEN n %% 10 < 3 THEN 'HIGH' WHEN n %% 10 < 5 THEN 'MEDIUM' ELSE 'LOW' END AS risk,
				  CASE WHEN n %% 10 < 3 THEN 'CENTRAL_ISOLATION' WHEN n %% 10 < 5 THEN 'HOME_OBSERVATION' ELSE 'HEALTH_MONITORING' END
				    AS measure) o
				ON CONFLICT DO NOTHING""".formatted(scaled(100_000)));
		// Registrations count their place as they are stored; these rows came by SQL, so they are counted here.
		step(sql, "arrival tallies", """
				INSERT INTO arrival_tally (jurisdiction_path, arrivals)
				SELECT jurisdiction_path, COUNT(*) FROM arrival GROUP BY jurisdiction_path
				ON CONFLICT (jurisdiction_path) DO UPDATE SET arrivals = EXCLUDED.arrivals""");
	}

	/**
	 * Four lists pushed down over the month, a quarter of the entries each, dispatched to the persons they
	 * match; six in ten verified since, with the list's tallies counted as the import and the verifications
	 * keep them.
	 */
	private void pushedLists(Statement sql) throws SQLException {
		step(sql, "pushed lists", """
				INSERT INTO pushed_list (name, deadline, file_name, stored_file, column_map, header_line, header_cells, status, rows_read,
				  accepted, matched, dispatched, progress, jurisdiction_code, jurisdiction_path, uploaded_by, uploaded_by_name,
				  created_at, finished_at)
				SELECT '推送名单第' || k || '批', CURRENT_DATE - 28 + k * 7 + 3, 'bench-list' || k || '.csv', 'bench-list' || k || '.csv',
				  '1=NAME,2=ID_NUMBER', 1, '姓名,身份证号', 'DONE', %1$d, %1$d, %1$d, %1$d, 100, j.code, j.path,
				  (SELECT id FROM app_user WHERE username = 'demo-county'), 'demo-county',
				  (CURRENT_DATE - 28 + k * 7 + TIME '09:00') AT TIME ZONE 'Asia/Shanghai',
				  (CURRENT_DATE - 28 + k * 7 + TIME '09:10') AT TIME ZONE 'Asia/Shanghai'
				FROM generate_series(0, 3) k JOIN jurisdiction j ON j.code = '%2$s'""".formatted(scaled(50_000), COUNTY));
		step(sql, "pushed-list entries", """
				INSERT INTO list_entry (list_id, line, name, id_number, phone, origin, arrival_date, cells, person_id, dispatched_to,
				  jurisdiction_code, jurisdiction_path, deadline, outcome, route, verified_by, verified_by_name, verified_at)
				SELECT l.id, n + 1, p.name, p.id_number, p.phone, '湖北省武汉市', l.created_at::date - 1,
				  p.name || chr(31) || p.id_number, p.id, 'PERSON', p.jurisdiction_code, p.jurisdiction_path, l.deadline,
				  CASE WHEN v.done THEN (ARRAY['ALREADY_KNOWN','NEWLY_FOUND','NOT_LIVING_HERE','WRONG_INFORMATION','BEYOND_PERIOD'])[1 + n %% 5] END,
				  CASE WHEN v.done THEN (ARRAY['STAYED_IN_RISK_AREA','PASSED_THROUGH_RISK_AREA','NO_RISK_AREA'])[1 + n %% 3] END,
				  CASE WHEN v.done THEN l.uploaded_by END, CASE WHEN v.done THEN 'bench' END,
				  CASE WHEN v.done THEN LEAST(CURRENT_TIMESTAMP - INTERVAL '1 minute',
				    l.created_at + ((n %% 72) + 1) * INTERVAL '1 hour') END
				FROM pushed_list l CROSS JOIN generate_series(0, %d) n
				JOIN person p ON p.id = (SELECT MIN(id) FROM person) + (n * 13 + l.id * 101) %% (SELECT COUNT(*) FROM person)
				CROSS JOIN LATERAL (SELECT n %% 10 < 6 AS done) v
				WHERE l.file_name LIKE 'bench-list%%'""".formatted(scaled(50_000) - 1));
		step(sql, "list tallies", """
				INSERT INTO list_tally (list_id, jurisdiction_path, entries, open_entries, already_known, newly_found,
				  not_living_here, wrong_information, beyond_period)
				SELECT list_id, jurisdiction_path, COUNT(*),
				  SUM(CASE WHEN outcome IS NULL THEN 1 ELSE 0 END),
				  SUM(CASE WHEN outcome = 'ALREADY_KNOWN' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN outcome = 'NEWLY_FOUND' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN outcome = 'NOT_LIVING_HERE' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN outcome = 'WRONG_INFORMATION' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN outcome = 'BEYOND_PERIOD' THEN 1 ELSE 0 END)
				FROM list_entry WHERE list_id IN (SELECT id FROM pushed_list WHERE file_name LIKE 'bench-list%%')
				GROUP BY list_id, jurisdiction_path""".formatted());
	}

	/**
	 * A screening round in every village opened 28 days ago, its household visits knocked on over the month
	 * (one in ten still pending, some nobody home or with returnees), one attempt per knock.
	 */
	private void visits(Statement sql) throws SQLException {
		step(sql, "screening rounds", """
				INSERT INTO screening_round (jurisdiction_code, jurisdiction_path, number, name, deadline, households, opened_by, opened_at)
				SELECT v.code, v.path, 1 + COALESCE((SELECT MAX(number) FROM screening_round s WHERE s.jurisdiction_code = v.code), 0),
				  '全面排查', CURRENT_DATE + 2, %d, 'bench', (CURRENT_DATE - 28 + TIME '08:00') AT TIME ZONE 'Asia/Shanghai'
				FROM bench_village v""".formatted(Math.max(1, scaled(300_000) / units)));
		step(sql, "household visits", """
				INSERT INTO household_visit (round_id, household_id, jurisdiction_code, jurisdiction_path, address, head_name, members,
				  status, returnees, attempts, visited_by, visited_at)
				SELECT r.id, h, r.jurisdiction_code, r.jurisdiction_path, r.jurisdiction_code || '-' || h || '号', '户主' || h, 3,
				  s.status, CASE s.status WHEN 'VISITED_WITH_RETURNEES' THEN 1 WHEN 'VISITED_NO_RETURNEES' THEN 0 END,
				  CASE s.status WHEN 'PENDING' THEN 0 ELSE 1 END, CASE WHEN s.status <> 'PENDING' THEN 'bench' END,
				  CASE WHEN s.status <> 'PENDING' THEN r.opened_at + ((h * 37) %% (28 * 24)) * INTERVAL '1 hour' END
				FROM screening_round r CROSS JOIN generate_series(1, r.households) h
				CROSS JOIN LATERAL (SELECT CASE WHEN h %% 10 = 0 THEN 'PENDING' WHEN h %% 10 = 1 THEN 'NOBODY_HOME'
				  WHEN h %% 10 = 2 THEN 'VISITED_WITH_RETURNEES' WHEN h %% 50 = 3 THEN 'REFUSED' ELSE 'VISITED_NO_RETURNEES' END AS status) s
				WHERE r.opened_by = 'bench'""".formatted());
		step(sql, "visit attempts", """
				INSERT INTO household_visit_attempt (visit_id, outcome, returnees, recorded_by, recorded_at)
				SELECT id, status, returnees, visited_by, visited_at FROM household_visit WHERE status <> 'PENDING'
				  AND visited_by = 'bench'""");
	}

	/** Check-in units (a checkpoint team, a company) in one village of ten, 20 members each, twice a day for 30 days. */
	private void checkins(Statement sql) throws SQLException {
		step(sql, "check-in units", """
				INSERT INTO checkin_unit (name, windows, jurisdiction_code, jurisdiction_path, created_by, created_at)
				SELECT '复工企业' || code, '08:00-10:00,14:00-16:00', code, path, 'bench', CURRENT_TIMESTAMP - INTERVAL '31 days'
				FROM bench_village WHERE village_no %% 10 = 0 AND village_no < %d""".formatted(Math.max(10, scaled(1_000))));
		step(sql, "check-in members", """
				INSERT INTO checkin_member (unit_id, person_id, person_name, added_by, added_at)
				SELECT u.id, p.id, p.name, 'bench', u.created_at
				FROM checkin_unit u CROSS JOIN generate_series(0, 19) k
				JOIN person p ON p.id = (SELECT MIN(id) FROM person) + (u.id * 20 + k) %% (SELECT COUNT(*) FROM person)
				WHERE u.created_by = 'bench'""".formatted());
		step(sql, "check-ins", """
				INSERT INTO checkin_entry (unit_id, person_id, entry_date, slot, temperature, symptoms, abnormal, jurisdiction_path,
				  recorded_by, recorded_at)
				SELECT m.unit_id, m.person_id, CURRENT_DATE - d, s, CASE WHEN (m.person_id + d) %% 500 = 0 THEN 37.6 ELSE 36.4 END, '',
				  (m.person_id + d) %% 500 = 0, u.jurisdiction_path, 'bench',
				  (CURRENT_DATE - d + CASE s WHEN 1 THEN TIME '08:30' ELSE TIME '14:30' END) AT TIME ZONE 'Asia/Shanghai'
				FROM checkin_member m JOIN checkin_unit u ON u.id = m.unit_id
				CROSS JOIN generate_series(0, 29) d CROSS JOIN generate_series(1, 2) s
				WHERE (d > 0 OR s = 1) AND u.created_by = 'bench'""".formatted());
		step(sql, "check-in alerts", """
				INSERT INTO checkin_alert (entry_id, unit_id, person_id, person_name, kind, temperature, status, jurisdiction_path, opened_at)
				SELECT e.id, e.unit_id, e.person_id, m.person_name, 'FEVER', e.temperature,
				  CASE WHEN e.entry_date >= CURRENT_DATE - 1 THEN 'OPEN' ELSE 'CLOSED' END, e.jurisdiction_path, e.recorded_at
				FROM checkin_entry e JOIN checkin_member m ON m.unit_id = e.unit_id AND m.person_id = e.person_id
				WHERE e.abnormal AND e.recorded_by = 'bench'""");
	}

	/** Reports of the 30 days before today: nine units in ten reported, one in ten of those late, some zero. */
	private void dailyReports(Statement sql) throws SQLException {
		step(sql, "daily reports", """
				INSERT INTO daily_report (unit_ref, unit_kind, jurisdiction_path, report_date, revision, zero, late, first_submitted_at)
				SELECT u.code, u.level, u.path, CURRENT_DATE - d, 1, (u.k + d) %% 7 = 0, (u.k + d) %% 10 = 1,
				  (CURRENT_DATE - d + TIME '15:30' + CASE WHEN (u.k + d) %% 10 = 1 THEN INTERVAL '3 hours' ELSE INTERVAL '0 hours' END)
				    AT TIME ZONE 'Asia/Shanghai'
				FROM (SELECT code, level, path, ROW_NUMBER() OVER (ORDER BY code) AS k FROM jurisdiction
				  WHERE level IN ('VILLAGE', 'TOWNSHIP')) u
				CROSS JOIN generate_series(1, 30) d
				WHERE (u.k + d) %% 10 <> 0
				ON CONFLICT DO NOTHING""".formatted());
		step(sql, "report revisions", """
				INSERT INTO daily_report_revision (report_id, revision, zero, late, reporter_name, reporter_phone, submitted_by, submitted_at)
				SELECT id, 1, zero, late, '报告人', '13900000000', 'bench', first_submitted_at FROM daily_report r
				WHERE NOT EXISTS (SELECT 1 FROM daily_report_revision v WHERE v.report_id = r.id)""");
	}

	static List<String> tables() {
		return List.of("person", "observation", "check_slot", "health_reading", "health_alert", "health_case", "case_contact",
				"arrival", "list_entry", "household_visit", "checkin_entry", "daily_report");
	}
}
