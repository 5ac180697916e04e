package org.bastion.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bastion.BastionApplication;
import org.bastion.observation.NewObservation;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.Observations;
import org.bastion.security.SystemTask;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading ingestion and the monitors' lists on PostgreSQL, through the HTTP API as phones use it:
 * with a county of {@code --persons} and a history of {@code --history} readings, checks are posted one by
 * one and in batches by concurrent clients, beside a trivial endpoint behind the same sign-in and a
 * plain batched JDBC insert of the same rows into the same table; then the county's missed checks and a
 * monitor's list are timed. Prints figures; never fails on time.
 */
public final class HealthBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String DATABASE = "bastion_bench_health";

	private static final String COUNTY = "511528";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Readings of a released 14-day order, checked twice a day. */
	private static final int READINGS_PER_ORDER = 28;

	private int persons = 1_000_000;

	private long history = 30_000_000;

	private int open = 20_000;

	private int single = 50_000;

	private int readings = 1_000_000;

	private int batch = 500;

	private int clients = 32;

	private int batchClients = 4;

	private boolean reuse;

	private HttpClient http;

	private String base;

	public static void main(String[] args) throws Exception {
		HealthBench bench = new HealthBench();
		for (String arg : args) {
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1).replace("_", "") : "";
			switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
				case "--persons" -> bench.persons = Integer.parseInt(value);
				case "--history" -> bench.history = Long.parseLong(value);
				case "--open" -> bench.open = Integer.parseInt(value);
				case "--single" -> bench.single = Integer.parseInt(value);
				case "--readings" -> bench.readings = Integer.parseInt(value);
				case "--batch" -> bench.batch = Integer.parseInt(value);
				case "--clients" -> bench.clients = Integer.parseInt(value);
				case "--batch-clients" -> bench.batchClients = Integer.parseInt(value);
				case "--reuse" -> bench.reuse = true;
				default -> throw new IllegalArgumentException("Unknown argument " + arg);
			}
		}
		bench.run();
	}

	/** An open order as the bench posts checks to it. */
	private record Order(long id, long personId, LocalDate start, String path) {
	}

	private void run() throws Exception {
		if (!reuse) {
			recreateDatabase();
		}
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = start()) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			say("Bastion started on %s with the demo county (%,d persons) in %.1f s", DATABASE,
					jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single(), (System.nanoTime() - started) / 1e9);
			fillHistory(jdbc, DATABASE, history, persons);
			List<Order> orders = openOrders(app, jdbc);
			base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
			String county = token("demo-county");
			String grid = token("demo-grid");
			LocalDate today = LocalDate.now(ZONE);

			say("Warming up (not counted) ...");
			measure(2_000, clients, i -> get(county, "/api/v1/bench/ping"));
			measure(2_000, clients, i -> postCheck(county, orders, today));

			String load = BenchOutput.loadAverage();
			Rate ping = measure(single, clients, i -> get(county, "/api/v1/bench/ping"));
			Rate one = measure(single, clients, i -> postCheck(county, orders, today));
			int batches = (readings + batch - 1) / batch;
			Rate batched = measure(batches, batchClients, i -> postBatch(county, orders, today));
			Rate plain = plainInsert(orders, today);
			String loadAfter = BenchOutput.loadAverage();

			long total = jdbc.sql("SELECT COUNT(*) FROM health_reading").query(Long.class).single();
			jdbc.sql("ANALYZE").update();
			LocalDate yesterday = today.minusDays(1);
			Timing missedYesterday = timing(30, i -> get(county, "/api/v1/observations/missed?date=" + yesterday
					+ "&jurisdiction=" + COUNTY));
			Timing missedToday = timing(30, i -> get(county, "/api/v1/observations/missed?jurisdiction=" + COUNTY));
			Timing mine = timing(30, i -> get(grid, "/api/v1/observations/mine"));
			Timing pingOne = timing(30, i -> get(county, "/api/v1/bench/ping"));
			int missedRows = count(county, "/api/v1/observations/missed?date=" + yesterday + "&jurisdiction=" + COUNTY);
			int missedTodayRows = count(county, "/api/v1/observations/missed?jurisdiction=" + COUNTY);
			int mineRows = count(grid, "/api/v1/observations/mine");

			say("");
			say("Load average %s before the timed phases, %s after. Readings in the table now: %,d.", load, loadAfter, total);
			say("");
			say("%-62s %10s %12s %8s", "ingestion (HTTP, bearer token, JSON)", "requests", "readings/s", "refused");
			say("%-62s %,10d %,12.0f %8d", "trivial endpoint GET /api/v1/bench/ping, " + clients + " clients", ping.count(),
					ping.perSecond(), ping.failed());
			say("%-62s %,10d %,12.0f %8d", "POST /observations/{id}/checks, one by one, " + clients + " clients", one.count(),
					one.perSecond(), one.failed());
			say("%-62s %,10d %,12.0f %8d", "POST /observations/checks:batch, " + batch + " each, " + batchClients + " clients",
					batched.count(), batched.perSecond() * batch, batched.failed());
			say("%-62s %10s %,12.0f %8s", "plain JDBC INSERT, batches of " + batch + " and commit, " + batchClients
					+ " connections", "", plain.perSecond() * batch, "");
			say("");
			say("One by one / trivial endpoint: %.2f. Batched / plain insert: %.2f. Plain / batched: %.1f×.",
					one.perSecond() / ping.perSecond(), batched.perSecond() / plain.perSecond(),
					plain.perSecond() / batched.perSecond());
			say("");
			say("%-62s %8s %8s %8s %8s", "lists at this size (HTTP, 30 calls each)", "rows", "first", "p50 ms", "p95 ms");
			say("%-62s %,8d %8.1f %8.1f %8.1f", "missed checks yesterday, county " + COUNTY, missedRows, missedYesterday.first(),
					missedYesterday.p50(), missedYesterday.p95());
			say("%-62s %,8d %8.1f %8.1f %8.1f", "missed checks today so far, county", missedTodayRows, missedToday.first(),
					missedToday.p50(), missedToday.p95());
			say("%-62s %,8d %8.1f %8.1f %8.1f", "a monitor's list (demo-grid), /observations/mine", mineRows, mine.first(),
					mine.p50(), mine.p95());
			say("%-62s %8s %8.1f %8.1f %8.1f", "trivial endpoint, one call at a time", "", pingOne.first(), pingOne.p50(),
					pingOne.p95());
		}
	}

	/**
	 * Released orders of the past months with their slots and readings, written by SQL: set-up, not
	 * measured. Each table is filled by one {@code INSERT … SELECT} over {@code generate_series} with its
	 * keys, foreign keys and indexes dropped first and built again afterwards (a sort per index instead of
	 * 30 million random index insertions and foreign-key look-ups); the slots and the readings load side by
	 * side on two connections. The schema comes out as the migrations made it.
	 */
	static void fillHistory(JdbcClient jdbc, String database, long history, int persons) throws Exception {
		long present = jdbc.sql("SELECT COUNT(*) FROM health_reading").query(Long.class).single();
		if (present >= history * 9 / 10) {
			say("History: %,d readings already there", present);
			return;
		}
		LocalDate today = LocalDate.now(ZONE);
		for (YearMonth month = YearMonth.from(today.minusDays(140)); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
			jdbc.sql("CREATE TABLE IF NOT EXISTS health_reading_%04d_%02d PARTITION OF health_reading FOR VALUES FROM ('%s') TO ('%s')"
				.formatted(month.getYear(), month.getMonthValue(), month.atDay(1), month.plusMonths(1).atDay(1))).update();
		}
		long orders = history / READINGS_PER_ORDER;
		long t = System.nanoTime();
		try (Connection slots = setUpConnection(database); Connection readings = setUpConnection(database)) {
			long before;
			long firstPerson;
			try (Statement sql = slots.createStatement()) {
				before = single(sql, "SELECT COALESCE(MAX(id), 0) FROM observation");
				firstPerson = single(sql, "SELECT MIN(id) FROM person");
				// Order n is person n (mod persons), started 15-114 days ago, released after 14 days.
				sql.executeUpdate("""
						INSERT INTO observation (id, person_id, person_name, kind, reason, status, start_date, end_date, windows,
						  jurisdiction_code, jurisdiction_path, self_report_secret, last_reading_date, last_reading_slot,
						  last_temperature, last_reading_abnormal, released_on, release_reason, released_early, released_by,
						  notice_number, created_by, created_at)
						SELECT %d + n, p.id, p.name, 'HOME', 'ARRIVAL_FROM_RISK_AREA', 'RELEASED', s.start, s.start + 14,
						  '08:00-12:00,14:00-18:00', p.jurisdiction_code, p.jurisdiction_path, md5(n::text), s.start + 13, 2, 36.5,
						  FALSE, s.start + 14, 'bench', FALSE, 'bench', 'H' || n, 'bench',
						  (s.start + TIME '09:00') AT TIME ZONE 'Asia/Shanghai'
						FROM generate_series(1, %d) n
						JOIN person p ON p.id = %d + (n - 1) %% %d
						CROSS JOIN LATERAL (SELECT CURRENT_DATE - 15 - ((n - 1) %% 100)::int AS start) s""".formatted(before,
						orders, firstPerson, persons));
				sql.execute("SELECT setval(pg_get_serial_sequence('observation', 'id'), (SELECT MAX(id) FROM observation))");
				sql.execute("ANALYZE observation");
			}
			say("History: %,d released orders, %.0f s", orders, (System.nanoTime() - t) / 1e9);
			boolean loaded = false;
			List<String> slotKeys = dropKeysAndIndexes(slots, "check_slot");
			List<String> readingKeys = dropKeysAndIndexes(readings, "health_reading");
			readingKeys.addAll(dropKeysAndIndexes(readings, "health_reading_client_id"));
			try (ExecutorService two = Executors.newFixedThreadPool(2)) {
				var slotLoad = two.submit(() -> {
					try (Statement sql = slots.createStatement()) {
						long s0 = System.nanoTime();
						sql.executeUpdate("""
								INSERT INTO check_slot (observation_id, slot_date, slot, window_start, window_end, jurisdiction_path,
								  reading_count, abnormal)
								SELECT o.id, o.start_date + d, s, CASE s WHEN 1 THEN TIME '08:00' ELSE TIME '14:00' END,
								  CASE s WHEN 1 THEN TIME '12:00' ELSE TIME '18:00' END, o.jurisdiction_path, 1, FALSE
								FROM observation o CROSS JOIN generate_series(0, 13) d CROSS JOIN generate_series(1, 2) s
								WHERE o.id > %d""".formatted(before));
						say("History: %,d slots written in %.0f s", orders * READINGS_PER_ORDER, (System.nanoTime() - s0) / 1e9);
						s0 = System.nanoTime();
						restore(sql, slotKeys);
						say("History: the slots' keys and indexes built again in %.0f s", (System.nanoTime() - s0) / 1e9);
					}
					return null;
				});
				var readingLoad = two.submit(() -> {
					try (Statement sql = readings.createStatement()) {
						long s0 = System.nanoTime();
						sql.executeUpdate("""
								INSERT INTO health_reading (observation_id, reading_date, slot, person_id, temperature, symptoms, source,
								  client_id, recorded_by, recorded_at, jurisdiction_path)
								SELECT o.id, o.start_date + d, s, o.person_id, 36.0 + ((o.id + s) %% 12) / 10.0, '', 'STAFF',
								  md5(o.id || '-' || (o.start_date + d) || '-' || s), 'bench',
								  (o.start_date + d + CASE s WHEN 1 THEN TIME '09:00' ELSE TIME '15:00' END) AT TIME ZONE 'Asia/Shanghai',
								  o.jurisdiction_path
								FROM observation o CROSS JOIN generate_series(0, 13) d CROSS JOIN generate_series(1, 2) s
								WHERE o.id > %d""".formatted(before));
						sql.executeUpdate("""
								INSERT INTO health_reading_client_id (client_id, reading_id, reading_date)
								SELECT client_id, id, reading_date FROM health_reading WHERE observation_id > %d""".formatted(before));
						say("History: %,d readings and their client ids written in %.0f s", orders * READINGS_PER_ORDER,
								(System.nanoTime() - s0) / 1e9);
						s0 = System.nanoTime();
						restore(sql, readingKeys);
						say("History: the readings' keys and indexes built again in %.0f s", (System.nanoTime() - s0) / 1e9);
					}
					return null;
				});
				slotLoad.get();
				readingLoad.get();
				loaded = true;
			}
			finally {
				if (!loaded) {
					// A failed load still leaves the schema whole (restore skips what is already there).
					try (Statement sql = slots.createStatement()) {
						restore(sql, slotKeys);
						restore(sql, readingKeys);
					}
				}
			}
			try (Statement sql = slots.createStatement()) {
				long s0 = System.nanoTime();
				sql.execute("VACUUM ANALYZE observation, check_slot, health_reading, health_reading_client_id");
				say("History: vacuum and analyze %.0f s", (System.nanoTime() - s0) / 1e9);
			}
		}
		say("History: %,d released orders, %,d readings, %.0f s in all", orders, orders * READINGS_PER_ORDER,
				(System.nanoTime() - t) / 1e9);
	}

	/** A connection of its own for the set-up, with room to sort an index in memory. */
	static Connection setUpConnection(String database) throws SQLException {
		Connection db = DriverManager.getConnection(HOST + database, "postgres", "");
		try (Statement sql = db.createStatement()) {
			sql.execute("SET maintenance_work_mem = '1GB'");
		}
		return db;
	}

	static long single(Statement sql, String query) throws SQLException {
		try (var rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Drops the primary key, unique and foreign keys and the indexes of {@code table} (for a partitioned
	 * table, on every partition with it) and answers the statements that make them again, keys first.
	 */
	static List<String> dropKeysAndIndexes(Connection db, String table) throws SQLException {
		List<String> keys = new ArrayList<>();
		List<String> foreign = new ArrayList<>();
		List<String> indexes = new ArrayList<>();
		List<String> drops = new ArrayList<>();
		try (Statement sql = db.createStatement()) {
			try (var rs = sql.executeQuery("""
					SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
					WHERE conrelid = '%s'::regclass AND contype IN ('p', 'u', 'f') AND conparentid = 0 ORDER BY contype DESC, conname""".formatted(table))) {
				while (rs.next()) {
					String add = "ALTER TABLE %s ADD CONSTRAINT %s %s".formatted(table, rs.getString(1), rs.getString(3));
					("f".equals(rs.getString(2)) ? foreign : keys).add(add);
					drops.add("ALTER TABLE %s DROP CONSTRAINT %s".formatted(table, rs.getString(1)));
				}
			}
			try (var rs = sql.executeQuery("""
					SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
					WHERE x.indrelid = '%s'::regclass
					  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.conrelid = x.indrelid)
					ORDER BY i.relname""".formatted(table))) {
				while (rs.next()) {
					// A partitioned table's index reads "ON ONLY t": made again, it must reach the partitions.
					indexes.add(rs.getString(2).replace(" ON ONLY ", " ON "));
					drops.add("DROP INDEX " + rs.getString(1));
				}
			}
			for (String drop : drops) {
				sql.execute(drop);
			}
		}
		List<String> restore = new ArrayList<>(keys);
		restore.addAll(foreign);
		restore.addAll(indexes);
		return restore;
	}

	/** Runs the statements of {@link #dropKeysAndIndexes}, skipping what is there already. */
	static void restore(Statement sql, List<String> statements) throws SQLException {
		for (String statement : statements) {
			try {
				sql.execute(statement);
			}
			catch (SQLException exists) {
				// 42P07 relation exists, 42P16/42710 constraint exists: restored before.
				if (!List.of("42P07", "42P16", "42710").contains(exists.getSQLState())) {
					throw exists;
				}
			}
		}
	}

	/** Today's open orders, made through the service; fifty of them watched by the demo grid worker. */
	private List<Order> openOrders(ConfigurableApplicationContext app, JdbcClient jdbc) {
		long present = jdbc.sql("SELECT COUNT(*) FROM observation WHERE status = 'OPEN'").query(Long.class).single();
		if (present < open) {
			record Monitor(long id, String path) {
			}
			Monitor monitor = jdbc.sql("SELECT id, jurisdiction_path FROM app_user WHERE username = 'demo-grid'")
				.query((rs, n) -> new Monitor(rs.getLong(1), rs.getString(2)))
				.single();
			List<Long> watched = jdbc.sql("""
					SELECT id FROM person WHERE jurisdiction_path LIKE ? AND id NOT IN (SELECT open_person_id FROM observation
					  WHERE open_person_id IS NOT NULL) ORDER BY id LIMIT 50""")
				.params(monitor.path() + "%")
				.query(Long.class)
				.list();
			List<Long> others = jdbc.sql("""
					SELECT id FROM person WHERE jurisdiction_path NOT LIKE ? AND id NOT IN (SELECT open_person_id FROM observation
					  WHERE open_person_id IS NOT NULL) ORDER BY id DESC LIMIT ?""")
				.params(monitor.path() + "%", open - present - watched.size())
				.query(Long.class)
				.list();
			Observations observations = app.getBean(Observations.class);
			LocalDate today = LocalDate.now(ZONE);
			long t = System.nanoTime();
			SystemTask.run(() -> {
				int n = 0;
				for (long person : watched) {
					observations.create(new NewObservation(person, ObservationKind.HOME, today.minusDays(n++ % 14),
							ObservationReason.ARRIVAL_FROM_RISK_AREA, null, monitor.id(), null, null));
				}
				for (long person : others) {
					observations.create(new NewObservation(person, ObservationKind.HOME, today.minusDays(n++ % 14),
							ObservationReason.ARRIVAL_FROM_RISK_AREA, null, null, null, null));
				}
			});
			say("%,d open orders made through Observations.create (28 slots each) in %.1f s", watched.size() + others.size(),
					(System.nanoTime() - t) / 1e9);
			jdbc.sql("VACUUM ANALYZE observation").update();
			jdbc.sql("VACUUM ANALYZE check_slot").update();
		}
		return jdbc.sql("SELECT id, person_id, start_date, jurisdiction_path FROM observation WHERE status = 'OPEN'")
			.query((rs, n) -> new Order(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
			.list();
	}

	private record Rate(int count, double seconds, int failed) {

		double perSecond() {
			return count / seconds;
		}
	}

	private interface Call {

		/** @return true when the answer was the expected one */
		boolean run(int index) throws Exception;

	}

	/** {@code count} calls spread over {@code concurrency} threads, each taking the next index. */
	private Rate measure(int count, int concurrency, Call call) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicLong firstFailure = new AtomicLong(-1);
		long t = System.nanoTime();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < concurrency; c++) {
				threads.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						try {
							if (!call.run(i)) {
								failed.incrementAndGet();
							}
						}
						catch (Exception e) {
							if (firstFailure.compareAndSet(-1, i)) {
								say("call %d failed: %s", i, e);
							}
							failed.incrementAndGet();
						}
					}
				});
			}
		}
		return new Rate(count, (System.nanoTime() - t) / 1e9, failed.get());
	}

	private boolean postCheck(String token, List<Order> orders, LocalDate today) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Order order = orders.get(random.nextInt(orders.size()));
		String body = "{\"clientId\":\"%s\",\"date\":\"%s\",\"slot\":%d,\"temperature\":%s,\"symptoms\":[]}".formatted(
				UUID.randomUUID(), day(order, today, random), 1 + random.nextInt(2), temperature(random));
		return post(token, "/api/v1/observations/" + order.id() + "/checks", body).statusCode() == 201;
	}

	private boolean postBatch(String token, List<Order> orders, LocalDate today) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder body = new StringBuilder(batch * 140).append("{\"items\":[");
		for (int i = 0; i < batch; i++) {
			Order order = orders.get(random.nextInt(orders.size()));
			body.append(i == 0 ? "" : ",")
				.append("{\"observationId\":%d,\"clientId\":\"%s\",\"date\":\"%s\",\"slot\":%d,\"temperature\":%s,\"symptoms\":[]}"
					.formatted(order.id(), UUID.randomUUID(), day(order, today, random), 1 + random.nextInt(2),
							temperature(random)));
		}
		HttpResponse<String> answer = post(token, "/api/v1/observations/checks:batch", body.append("]}").toString());
		return answer.statusCode() == 200 && answer.body().contains("\"stored\":" + batch + ",");
	}

	/** The same rows into the same table with nothing of the application in between. */
	private Rate plainInsert(List<Order> orders, LocalDate today) throws Exception {
		int batches = (readings + batch - 1) / batch;
		return measure(batches, batchClients, new Call() {

			private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
				try {
					Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
					db.setAutoCommit(false);
					return db;
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			});

			@Override
			public boolean run(int index) throws Exception {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				Connection db = connection.get();
				// Each reading with its client id, as the application stores them (the id unique on any date).
				try (PreparedStatement insert = db.prepareStatement("""
						WITH r AS (INSERT INTO health_reading (observation_id, reading_date, slot, person_id, temperature, symptoms,
						  source, client_id, recorded_by, recorded_at, jurisdiction_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						  RETURNING id, reading_date, client_id)
						INSERT INTO health_reading_client_id (client_id, reading_id, reading_date)
						SELECT client_id, id, reading_date FROM r""")) {
					for (int i = 0; i < batch; i++) {
						Order order = orders.get(random.nextInt(orders.size()));
						insert.setLong(1, order.id());
						insert.setObject(2, day(order, today, random), Types.DATE);
						insert.setInt(3, 1 + random.nextInt(2));
						insert.setLong(4, order.personId());
						insert.setBigDecimal(5, new BigDecimal(temperature(random)));
						insert.setString(6, "");
						insert.setString(7, "STAFF");
						insert.setString(8, UUID.randomUUID().toString());
						insert.setString(9, "plain");
						insert.setTimestamp(10, Timestamp.from(Instant.now()));
						insert.setString(11, order.path());
						insert.addBatch();
					}
					insert.executeBatch();
					db.commit();
				}
				return true;
			}
		});
	}

	private record Timing(double first, double p50, double p95) {
	}

	private Timing timing(int runs, Call call) throws Exception {
		long[] samples = new long[runs];
		long t = System.nanoTime();
		call.run(0);
		double first = (System.nanoTime() - t) / 1e6;
		for (int i = 0; i < runs; i++) {
			long s = System.nanoTime();
			call.run(i);
			samples[i] = System.nanoTime() - s;
		}
		Arrays.sort(samples);
		return new Timing(first, samples[runs / 2] / 1e6, samples[(int) Math.ceil(runs * 0.95) - 1] / 1e6);
	}

	private String token(String username) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"%s\",\"password\":\"demo12345\"}".formatted(username)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String body = answer.body();
		int at = body.indexOf("\"token\":\"");
		if (at < 0) {
			throw new IllegalStateException("Cannot sign in as " + username + ": " + body);
		}
		return body.substring(at + 9, body.indexOf('"', at + 9));
	}

	private boolean get(String token, String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET())
			.statusCode() == 200;
	}

	/** How many items a list answers. */
	private int count(String token, String path) throws Exception {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.GET());
		return JSON.readTree(answer.body()).path("items").size();
	}

	private HttpResponse<String> post(String token, String path, String json) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A day of the order that has come. */
	private static LocalDate day(Order order, LocalDate today, ThreadLocalRandom random) {
		long days = today.toEpochDay() - order.start().toEpochDay() + 1;
		return order.start().plusDays(random.nextInt((int) Math.min(days, 14)));
	}

	/** Mostly normal; about one in a hundred a fever, which opens (or joins) an alert. */
	private static String temperature(ThreadLocalRandom random) {
		return random.nextInt(100) == 0 ? "38.1" : BigDecimal.valueOf(360 + random.nextInt(12), 1).toPlainString();
	}

	private void recreateDatabase() throws SQLException {
		try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			sql.execute("CREATE DATABASE " + DATABASE);
		}
		say("Database %s dropped and created", DATABASE);
	}

	private ConfigurableApplicationContext start() {
		SpringApplication application = new SpringApplication(BastionApplication.class, BenchPing.class);
		return application.run("--spring.datasource.url=" + HOST + DATABASE, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--bastion.demo.enabled=true",
				"--bastion.demo.persons=" + persons, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.bastion=WARN", "--spring.jmx.enabled=false");
	}

	private static void say(String format, Object... args) {
		System.out.println(args.length == 0 ? format : format.formatted(args));
	}
}
