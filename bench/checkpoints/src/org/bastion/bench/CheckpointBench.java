package org.bastion.bench;

import static org.bastion.bench.BenchOutput.say;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkpoint passages, rosters and figures on PostgreSQL with a history of {@code --passages} passages:
 * Bastion runs in a JVM of its own ({@link ReportingServer}, with the trivial endpoint of
 * {@link BenchPing}), and this JVM drives the load through HTTP. Passages are posted one by one beside
 * the trivial endpoint and in batches beside a plain batched JDBC insert of the same rows; a month's
 * roster is generated for each of the checkpoints; a checkpoint's stats of a day and the county's roll-up
 * (which holds the passage figures) are timed beside the same SQL over plain JDBC. Prints figures; never
 * fails on time.
 */
public final class CheckpointBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String DATABASE = "bastion_bench_checkpoints";

	private static final String COUNTY = "511528";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Path OUT = Path.of("target/bench-checkpoints");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] PROVINCES = { "川", "川", "川", "鄂", "渝", "粤", "贵", "云" };

	private static final String[] VEHICLES = { "CAR", "CAR", "CAR", "VAN", "TRUCK", "BUS", "MOTORCYCLE" };

	private long passages = 10_000_000;

	private int checkpointCount = 40;

	private int days = 60;

	private int single = 20_000;

	private int batched = 200_000;

	private int batch = 200;

	private int clients = 32;

	private int batchClients = 4;

	private int staffPerCheckpoint = 8;

	private boolean reuse;

	private HttpClient http;

	private String base;

	public static void main(String[] args) throws Exception {
		CheckpointBench bench = new CheckpointBench();
		for (String arg : args) {
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1).replace("_", "").replace(",", "") : "";
			switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
				case "--passages" -> bench.passages = Long.parseLong(value);
				case "--checkpoints" -> bench.checkpointCount = Integer.parseInt(value);
				case "--days" -> bench.days = Integer.parseInt(value);
				case "--single" -> bench.single = Integer.parseInt(value);
				case "--batched" -> bench.batched = Integer.parseInt(value);
				case "--batch" -> bench.batch = Integer.parseInt(value);
				case "--clients" -> bench.clients = Integer.parseInt(value);
				case "--batch-clients" -> bench.batchClients = Integer.parseInt(value);
				case "--reuse" -> bench.reuse = true;
				default -> throw new IllegalArgumentException("Unknown argument " + arg);
			}
		}
		bench.run();
	}

	/** A checkpoint of the bench, with the place it answers for. */
	record Checkpoint(long id, String code, String path) {
	}

	private void run() throws Exception {
		if (!reuse) {
			try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "");
					Statement sql = admin.createStatement()) {
				sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
				sql.execute("CREATE DATABASE " + DATABASE);
			}
			say("Database %s dropped and created", DATABASE);
		}
		Files.createDirectories(OUT);
		Process server = startServer();
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "")) {
			http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.executor(Executors.newVirtualThreadPerTaskExecutor()).build();
			String county = token("demo-county");
			String admin = token("demo-admin");
			List<Checkpoint> checkpoints = checkpoints(db, county);
			Map<Long, List<Long>> staff = staff(db, admin, checkpoints);
			fillHistory(db, checkpoints);
			LocalDate today = LocalDate.now(ZONE);
			LocalDate yesterday = today.minusDays(1);

			say("Warming up (not counted) ...");
			measure(2_000, clients, i -> get(county, "/api/v1/bench/ping"));
			measure(2_000, clients, i -> postOne(county, checkpoints));
			measure(20, batchClients, i -> postBatch(county, checkpoints));
			PlainInsert plainInsert = new PlainInsert(checkpoints);
			plainInsert.run(20);
			stats(county, checkpoints.getFirst(), yesterday);

			String load = BenchOutput.loadAverage();
			CpuUse cpu0 = CpuUse.now(server);
			Rate ping = measure(single, clients, i -> get(county, "/api/v1/bench/ping"));
			CpuUse cpu1 = CpuUse.now(server);
			Rate one = measure(single, clients, i -> postOne(county, checkpoints));
			CpuUse cpu2 = CpuUse.now(server);
			int batches = (batched + batch - 1) / batch;
			// The API's batches and the plain insert take turns, twice each, so that both meet the same load of the
			// machine (shared with others); each figure is the sum of its two halves.
			Rate inBatches = null;
			Rate plain = null;
			for (int half = 0; half < 2; half++) {
				int these = half == 0 ? batches / 2 : batches - batches / 2;
				inBatches = Rate.plus(inBatches, measure(these, batchClients, i -> postBatch(county, checkpoints)));
				plain = Rate.plus(plain, plainInsert.run(these));
			}
			plainInsert.close();
			String loadAfterIngestion = BenchOutput.loadAverage();

			try (Statement sql = db.createStatement()) {
				sql.execute("VACUUM ANALYZE checkpoint_passage, checkpoint_passage_occupant, checkpoint_passage_client_id");
			}
			long total = HealthBench.single(db.createStatement(), "SELECT COUNT(*) FROM checkpoint_passage");

			// A month's roster for every checkpoint, one request each, one after the other.
			// After the shifts a run before this one stored (--reuse), so that every shift of this month is new.
			LocalDate lastStored = LocalDate.of(2000, 1, 1).plusDays(HealthBench.single(db.createStatement(),
					"SELECT COALESCE(MAX(field_date), DATE '2000-01-01') - DATE '2000-01-01' FROM checkpoint_shift"));
			LocalDate warmUp = lastStored.isBefore(today) ? today.plusDays(1) : lastStored.plusDays(1);
			// A month for every checkpoint first, not timed, as the passages are warmed up before they are timed:
			// the server's first rosters run its code cold. The month after it is the one timed.
			for (Checkpoint checkpoint : checkpoints) {
				generate(county, checkpoint, warmUp, warmUp.plusDays(29), staff.get(checkpoint.id()));
			}
			LocalDate from = warmUp.plusDays(30);
			LocalDate to = from.plusDays(29);
			String loadRoster = BenchOutput.loadAverage();
			long shiftsBefore = HealthBench.single(db.createStatement(), "SELECT COUNT(*) FROM checkpoint_shift");
			long assignmentsBefore = HealthBench.single(db.createStatement(), "SELECT COUNT(*) FROM checkpoint_shift_assignment");
			long r0 = System.nanoTime();
			int refused = 0;
			double slowest = 0;
			for (Checkpoint checkpoint : checkpoints) {
				long c0 = System.nanoTime();
				if (!generate(county, checkpoint, from, to, staff.get(checkpoint.id()))) {
					refused++;
				}
				slowest = Math.max(slowest, (System.nanoTime() - c0) / 1e6);
			}
			double rosterSeconds = (System.nanoTime() - r0) / 1e9;
			long shifts = HealthBench.single(db.createStatement(), "SELECT COUNT(*) FROM checkpoint_shift") - shiftsBefore;
			long assignments = HealthBench.single(db.createStatement(), "SELECT COUNT(*) FROM checkpoint_shift_assignment")
					- assignmentsBefore;

			// A day's figures of a checkpoint and of the county, through HTTP and as plain SQL.
			String loadFigures = BenchOutput.loadAverage();
			Checkpoint busiest = checkpoints.getFirst();
			Timing statsHttp = timing(30, i -> stats(county, checkpoints.get(i % checkpoints.size()), yesterday));
			Timing statsSql = timing(30, i -> statsSql(db, checkpoints.get(i % checkpoints.size()), yesterday));
			Timing rollupHttp = timing(30, i -> get(county, "/api/v1/reports/rollup?jurisdiction=" + COUNTY + "&date=" + yesterday));
			String scope = countyPath(db) + "%";
			Timing figuresSql = timing(30, i -> figuresSql(db, scope, yesterday));
			int statsRows = statsSqlRows(db, busiest, yesterday);
			int figuresRows = figuresSqlRows(db, scope, yesterday);
			String loadEnd = BenchOutput.loadAverage();

			Map<String, String> figures = new LinkedHashMap<>();
			long months = HealthBench.single(db.createStatement(),
					"SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'checkpoint_passage'::regclass");
			figures.put("passages in the table", "%,d (history %,d over %d checkpoints and %d days; partitioned by month, %d partitions)"
				.formatted(total, passages, checkpoints.size(), days, months));
			figures.put("load average", "%s before ingestion, %s after; %s before rosters; %s before figures, %s after"
				.formatted(load, loadAfterIngestion, loadRoster, loadFigures, loadEnd));
			figures.put("trivial endpoint GET /api/v1/bench/ping", rate(ping, clients + " clients", 1));
			figures.put("POST /checkpoints/{id}/passages, one by one", rate(one, clients + " clients", 1));
			figures.put("  one by one / trivial endpoint", "%.2f (goal >= 0.5)".formatted(one.perSecond() / ping.perSecond()));
			figures.put("  CPU per request, trivial endpoint", cpu1.minus(cpu0).perCall(single));
			figures.put("  CPU per request, one by one", cpu2.minus(cpu1).perCall(single));
			figures.put("POST /checkpoints/{id}/passages:batch", rate(inBatches, batch + " each, " + batchClients + " clients", batch));
			figures.put("plain JDBC INSERT of the same rows", rate(plain, "batches of " + batch + " and commit, " + batchClients
					+ " connections", batch));
			figures.put("  batched / plain insert", "%.2f (goal >= 0.5)".formatted(inBatches.perSecond() / plain.perSecond()));
			figures.put("rosters: " + checkpoints.size() + " checkpoints x 30 days, THREE_EIGHTS",
					"%.2f s in all (goal < 1 s), slowest checkpoint %.0f ms; %,d shifts stored, %,d assignments, %d refused"
						.formatted(rosterSeconds, slowest, shifts, assignments, refused));
			figures.put("checkpoint stats of a day, HTTP", timed(statsHttp) + " (goal < 100 ms)");
			figures.put("  the same SQL over plain JDBC", timed(statsSql) + ", " + statsRows + " passages read");
			figures.put("county roll-up of a day (all figures), HTTP", timed(rollupHttp) + " (goal < 100 ms)");
			figures.put("  PassageFigures' SQL over plain JDBC", timed(figuresSql) + ", " + figuresRows + " places");
			BenchOutput.printTable("Checkpoints on PostgreSQL", figures);
		}
		finally {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor();
			}
		}
	}

	private static String rate(Rate rate, String how, int perRequest) {
		String unit = perRequest == 1 ? "requests" : "passages";
		return ("%,d requests, %,.0f " + unit + "/s, %d refused (%s)").formatted(rate.count(), rate.perSecond() * perRequest,
				rate.failed(), how);
	}

	private static String timed(Timing t) {
		return "first %.1f ms, p50 %.1f ms, p95 %.1f ms".formatted(t.first(), t.p50(), t.p95());
	}

	/** Bastion with the demo county in a JVM of its own, answering once its runners have run. */
	private Process startServer() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path ready = OUT.resolve("server.ready");
		Files.deleteIfExists(ready);
		Path log = OUT.resolve("server.log");
		List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(),
				"-Xmx" + System.getProperty("bench.server.heap", "2g"), "-Dfile.encoding=UTF-8", "-Dbench.ready=" + ready, "-cp",
				System.getProperty("java.class.path"), ReportingServer.class.getName(),
				"--spring.datasource.url=" + HOST + DATABASE, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=" + port, "--bastion.demo.enabled=true", "--bastion.demo.persons=1000",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.bastion=WARN",
				"--spring.jmx.enabled=false");
		long t = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		while (!Files.exists(ready)) {
			if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("Bastion stopped with " + process.exitValue() + "; see " + log);
			}
			if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(10)) {
				process.destroyForcibly();
				throw new IllegalStateException("Bastion was not ready within 10 minutes; see " + log);
			}
		}
		base = "http://127.0.0.1:" + port;
		say("Bastion answering on %s after %.0f s, pid %d (log %s)", base, (System.nanoTime() - t) / 1e9, process.pid(), log);
		return process;
	}

	private static String countyPath(Connection db) throws SQLException {
		try (PreparedStatement q = db.prepareStatement("SELECT path FROM jurisdiction WHERE code = ?")) {
			q.setString(1, COUNTY);
			try (ResultSet rs = q.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	/** The bench's checkpoints, made through the API in the county's townships (or found again). */
	private List<Checkpoint> checkpoints(Connection db, String county) throws Exception {
		List<Checkpoint> found = checkpointRows(db);
		if (found.size() >= checkpointCount) {
			return found.subList(0, checkpointCount);
		}
		List<String> townships = new ArrayList<>();
		try (PreparedStatement q = db.prepareStatement("SELECT code FROM jurisdiction WHERE parent_code = ? ORDER BY code")) {
			q.setString(1, COUNTY);
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					townships.add(rs.getString(1));
				}
			}
		}
		LocalDate opened = LocalDate.now(ZONE).minusDays(days + 1L);
		for (int i = found.size(); i < checkpointCount; i++) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("name", "压测卡点" + (i + 1));
			body.put("level", "TOWNSHIP_BORDER");
			body.put("jurisdictionCode", townships.get(i % townships.size()));
			body.put("agencies", List.of("TOWNSHIP", "POLICE"));
			body.put("openedOn", opened.toString());
			HttpResponse<String> answer = post(county, "/api/v1/checkpoints", JSON.writeValueAsString(body));
			if (answer.statusCode() != 201) {
				throw new IllegalStateException("Cannot make a checkpoint: " + answer.body());
			}
		}
		found = checkpointRows(db);
		say("%d checkpoints in %d townships", found.size(), Math.min(townships.size(), found.size()));
		return found;
	}

	private static List<Checkpoint> checkpointRows(Connection db) throws SQLException {
		List<Checkpoint> rows = new ArrayList<>();
		try (Statement sql = db.createStatement();
				ResultSet rs = sql.executeQuery("SELECT id, jurisdiction_code, jurisdiction_path FROM checkpoint WHERE name LIKE '压测卡点%' ORDER BY id")) {
			while (rs.next()) {
				rows.add(new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3)));
			}
		}
		return rows;
	}

	/** Checkpoint staff of each checkpoint's township, made through the users' API: the rosters' pools. */
	private Map<Long, List<Long>> staff(Connection db, String admin, List<Checkpoint> checkpoints) throws Exception {
		Map<Long, List<Long>> pools = new LinkedHashMap<>();
		int made = 0;
		for (Checkpoint checkpoint : checkpoints) {
			List<Long> pool = new ArrayList<>();
			for (int i = 0; i < staffPerCheckpoint; i++) {
				String username = "cp-" + checkpoint.id() + "-" + i;
				long id = userId(db, username);
				if (id < 0) {
					HttpResponse<String> answer = post(admin, "/api/v1/users", JSON.writeValueAsString(Map.of("username", username,
							"displayName", "卡点员" + checkpoint.id() + "-" + i, "password", "demo12345", "role", "CHECKPOINT_STAFF",
							"jurisdictionCode", checkpoint.code())));
					if (answer.statusCode() != 201) {
						throw new IllegalStateException("Cannot make " + username + ": " + answer.body());
					}
					id = userId(db, username);
					made++;
				}
				pool.add(id);
			}
			pools.put(checkpoint.id(), pool);
		}
		say("%d checkpoint staff (%d made now), %d per checkpoint", checkpoints.size() * staffPerCheckpoint, made,
				staffPerCheckpoint);
		return pools;
	}

	private static long userId(Connection db, String username) throws SQLException {
		try (PreparedStatement q = db.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
			q.setString(1, username);
			try (ResultSet rs = q.executeQuery()) {
				return rs.next() ? rs.getLong(1) : -1;
			}
		}
	}

	/**
	 * {@code --passages} passages of the past {@code --days} days, spread evenly over the checkpoints, one
	 * occupant each, written by one {@code INSERT … SELECT} over {@code generate_series} per table with the
	 * keys, foreign keys and indexes dropped first and built again afterwards. Set-up; its time is printed.
	 */
	private void fillHistory(Connection db, List<Checkpoint> checkpoints) throws Exception {
		long present = HealthBench.single(db.createStatement(), "SELECT COUNT(*) FROM checkpoint_passage");
		if (present >= passages * 9 / 10) {
			say("History: %,d passages already there", present);
			return;
		}
		long t = System.nanoTime();
		try (Connection fill = HealthBench.setUpConnection(DATABASE); Statement sql = fill.createStatement()) {
			sql.execute("CREATE TEMPORARY TABLE bench_checkpoint (k INT PRIMARY KEY, id BIGINT, code VARCHAR(24), path VARCHAR(400))");
			try (PreparedStatement add = fill.prepareStatement("INSERT INTO bench_checkpoint VALUES (?, ?, ?, ?)")) {
				for (int k = 0; k < checkpoints.size(); k++) {
					add.setInt(1, k);
					add.setLong(2, checkpoints.get(k).id());
					add.setString(3, checkpoints.get(k).code());
					add.setString(4, checkpoints.get(k).path());
					add.addBatch();
				}
				add.executeBatch();
			}
			long before = HealthBench.single(sql, "SELECT COALESCE(MAX(id), 0) FROM checkpoint_passage");
			// The months of the history, each a partition of checkpoint_passage (V106 made those around its run).
			LocalDate first = LocalDate.now(ZONE).minusDays(days + 1L).withDayOfMonth(1);
			for (LocalDate month = first; !month.isAfter(LocalDate.now(ZONE)); month = month.plusMonths(1)) {
				sql.execute("CREATE TABLE IF NOT EXISTS checkpoint_passage_%04d_%02d PARTITION OF checkpoint_passage FOR VALUES FROM ('%s') TO ('%s')"
					.formatted(month.getYear(), month.getMonthValue(), month, month.plusMonths(1)));
			}
			// Those whose foreign keys name a passage first, then the passages'.
			List<String> followUpKeys = HealthBench.dropKeysAndIndexes(fill, "checkpoint_follow_up");
			List<String> clientKeys = HealthBench.dropKeysAndIndexes(fill, "checkpoint_passage_client_id");
			List<String> occupantKeys = HealthBench.dropKeysAndIndexes(fill, "checkpoint_passage_occupant");
			List<String> passageKeys = HealthBench.dropKeysAndIndexes(fill, "checkpoint_passage");
			boolean loaded = false;
			try {
				long s0 = System.nanoTime();
				// Passage n: checkpoint n mod K, day (n / K) mod D before today on the field's clock (not the
				// database's CURRENT_DATE, which is UTC's), at a time of day spread over
				// the day, a plate of a province of the list (one in eight on foot), one in 500 a fever.
				sql.executeUpdate("""
						INSERT INTO checkpoint_passage (client_id, checkpoint_id, plate, plate_province, vehicle_type, outcome,
						  occupant_count, fever_count, risk_level, passed_on, passed_at, jurisdiction_code, jurisdiction_path, created_by)
						SELECT 'h' || n, c.id, CASE WHEN v.foot THEN NULL ELSE p.province || 'A' || lpad((n %% 100000)::text, 5, '0') END,
						  CASE WHEN v.foot THEN NULL ELSE p.province END,
						  CASE WHEN v.foot THEN 'ON_FOOT' ELSE (ARRAY['CAR','CAR','CAR','VAN','TRUCK','BUS','MOTORCYCLE'])[1 + (n / 7) %% 7] END,
						  CASE WHEN n %% 500 = 0 THEN 'REFERRED_FEVER_CLINIC' WHEN n %% 97 = 0 THEN 'TURNED_BACK' ELSE 'PASSED' END,
						  1, CASE WHEN n %% 500 = 0 THEN 1 ELSE 0 END, 'LOW', d.day,
						  (d.day + make_interval(secs => (n::bigint * 7919) %% 86400)) AT TIME ZONE 'Asia/Shanghai',
						  c.code, c.path, 'bench'
						FROM generate_series(1, %d) n
						JOIN bench_checkpoint c ON c.k = n %% %d
						CROSS JOIN LATERAL (SELECT DATE '%s' - 1 - ((n / %d) %% %d)::int AS day) d
						CROSS JOIN LATERAL (SELECT n %% 8 = 0 AS foot) v
						CROSS JOIN LATERAL (SELECT (ARRAY['川','川','川','鄂','渝','粤','贵','云'])[1 + (n / 3) %% 8] AS province) p"""
					.formatted(passages, checkpoints.size(), LocalDate.now(ZONE), checkpoints.size(), days));
				say("History: %,d passages written in %.0f s", passages, (System.nanoTime() - s0) / 1e9);
				s0 = System.nanoTime();
				sql.executeUpdate("""
						INSERT INTO checkpoint_passage_occupant (passage_id, position, name, phone, temperature, fever, origin_code,
						  destination_code, risk_level, passed_on)
						SELECT id, 1, '旅客' || (id %% 1000), '139' || lpad((id %% 100000000)::text, 8, '0'),
						  CASE WHEN fever_count > 0 THEN 38.2 ELSE 36.0 + (id %% 12) / 10.0 END, fever_count > 0, NULL, jurisdiction_code, 'LOW',
						  passed_on
						FROM checkpoint_passage WHERE id > %d""".formatted(before));
				say("History: %,d occupants written in %.0f s", passages, (System.nanoTime() - s0) / 1e9);
				s0 = System.nanoTime();
				sql.executeUpdate("""
						INSERT INTO checkpoint_passage_client_id (client_id, passage_id, passed_on)
						SELECT client_id, id, passed_on FROM checkpoint_passage WHERE id > %d""".formatted(before));
				say("History: %,d client ids written in %.0f s", passages, (System.nanoTime() - s0) / 1e9);
				s0 = System.nanoTime();
				// The counts kept per checkpoint and hour, as V118 counts them, added to those of passages before.
				sql.executeUpdate("""
						INSERT INTO checkpoint_passage_tally AS t (checkpoint_id, passed_hour, passages, vehicles, persons, fevers,
						  turned_back, referrals)
						SELECT checkpoint_id, floor(extract(epoch FROM passed_at) / 3600)::bigint, COUNT(*),
						  COUNT(*) FILTER (WHERE vehicle_type <> 'ON_FOOT'), SUM(occupant_count), SUM(fever_count),
						  COUNT(*) FILTER (WHERE outcome = 'TURNED_BACK'),
						  COUNT(*) FILTER (WHERE outcome IN ('REFERRED_OBSERVATION', 'REFERRED_FEVER_CLINIC'))
						FROM checkpoint_passage WHERE id > %d GROUP BY 1, 2
						ON CONFLICT (checkpoint_id, passed_hour) DO UPDATE SET passages = t.passages + EXCLUDED.passages,
						  vehicles = t.vehicles + EXCLUDED.vehicles, persons = t.persons + EXCLUDED.persons,
						  fevers = t.fevers + EXCLUDED.fevers, turned_back = t.turned_back + EXCLUDED.turned_back,
						  referrals = t.referrals + EXCLUDED.referrals""".formatted(before));
				say("History: counts kept by checkpoint and hour in %.0f s", (System.nanoTime() - s0) / 1e9);
				s0 = System.nanoTime();
				HealthBench.restore(sql, passageKeys);
				HealthBench.restore(sql, occupantKeys);
				HealthBench.restore(sql, clientKeys);
				HealthBench.restore(sql, followUpKeys);
				say("History: keys and indexes built again in %.0f s", (System.nanoTime() - s0) / 1e9);
				loaded = true;
			}
			finally {
				if (!loaded) {
					HealthBench.restore(sql, passageKeys);
					HealthBench.restore(sql, occupantKeys);
					HealthBench.restore(sql, clientKeys);
					HealthBench.restore(sql, followUpKeys);
				}
			}
			long s0 = System.nanoTime();
			sql.execute("VACUUM ANALYZE checkpoint_passage, checkpoint_passage_occupant, checkpoint_passage_client_id");
			say("History: vacuum and analyze %.0f s", (System.nanoTime() - s0) / 1e9);
		}
		say("History: %,d passages with their occupants filled in %.0f s in all", passages, (System.nanoTime() - t) / 1e9);
	}

	/**
	 * CPU seconds used so far by the server's JVM, PostgreSQL (all its processes) and this load generator: on
	 * two shared cores, where each request's time goes.
	 */
	private record CpuUse(double server, double database, double generator) {

		static CpuUse now(Process server) {
			return new CpuUse(CpuClock.processSeconds(List.of((int) server.pid())),
					CpuClock.processSeconds(CpuClock.pidsNamed("postgres")), CpuClock.jvmSeconds());
		}

		CpuUse minus(CpuUse before) {
			return new CpuUse(server - before.server, database - before.database, generator - before.generator);
		}

		String perCall(int calls) {
			double ms = 1000.0 / calls;
			return "server %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms (%.2f ms in all)".formatted(server * ms,
					database * ms, generator * ms, (server + database + generator) * ms);
		}
	}

	private record Rate(int count, double seconds, int failed) {

		static Rate plus(Rate a, Rate b) {
			return a == null ? b : new Rate(a.count + b.count, a.seconds + b.seconds, a.failed + b.failed);
		}

		double perSecond() {
			return count / seconds;
		}
	}

	private interface Call {

		/** @return true when the answer was the expected one */
		boolean run(int index) throws Exception;

	}

	/** {@code count} calls spread over {@code concurrency} threads, each taking the next index. */
	private static Rate measure(int count, int concurrency, Call call) throws InterruptedException {
		return measure(count, concurrency, true, call);
	}

	/** As above, on virtual threads (the HTTP clients) or platform threads (plain JDBC, which blocks in the driver). */
	private static Rate measure(int count, int concurrency, boolean virtual, Call call) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicLong firstFailure = new AtomicLong(-1);
		long t = System.nanoTime();
		try (ExecutorService threads = virtual ? Executors.newVirtualThreadPerTaskExecutor()
				: Executors.newFixedThreadPool(concurrency)) {
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

	/** A passage as a phone sends it: a car (or a person on foot) with one occupant named and reachable. */
	private static String passageJson(ThreadLocalRandom random) {
		boolean foot = random.nextInt(8) == 0;
		String plate = foot ? "null"
				: "\"" + PROVINCES[random.nextInt(PROVINCES.length)] + "A" + String.format("%05d", random.nextInt(100_000)) + "\"";
		String vehicle = foot ? "ON_FOOT" : VEHICLES[random.nextInt(VEHICLES.length)];
		boolean fever = random.nextInt(500) == 0;
		return ("{\"clientId\":\"%s\",\"plate\":%s,\"vehicleType\":\"%s\",\"outcome\":\"%s\",\"occupants\":[{\"name\":\"旅客%d\","
				+ "\"phone\":\"139%08d\",\"temperature\":%s}]}").formatted(UUID.randomUUID(), plate, vehicle,
						fever ? "REFERRED_FEVER_CLINIC" : "PASSED", random.nextInt(1000), random.nextInt(100_000_000),
						fever ? "38.2" : "36." + random.nextInt(10));
	}

	private boolean postOne(String token, List<Checkpoint> checkpoints) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Checkpoint checkpoint = checkpoints.get(random.nextInt(checkpoints.size()));
		HttpResponse<String> answer = post(token, "/api/v1/checkpoints/" + checkpoint.id() + "/passages", passageJson(random));
		return answer.statusCode() == 201;
	}

	private boolean postBatch(String token, List<Checkpoint> checkpoints) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Checkpoint checkpoint = checkpoints.get(random.nextInt(checkpoints.size()));
		StringBuilder body = new StringBuilder(batch * 200).append("{\"passages\":[");
		for (int i = 0; i < batch; i++) {
			body.append(i == 0 ? "" : ",").append(passageJson(random));
		}
		HttpResponse<String> answer = post(token, "/api/v1/checkpoints/" + checkpoint.id() + "/passages:batch",
				body.append("]}").toString());
		boolean ok = answer.statusCode() == 200 && answer.body().startsWith("{\"stored\":" + batch + ",");
		if (!ok) {
			say("batch answered %d: %.300s", answer.statusCode(), answer.body());
		}
		return ok;
	}

	/**
	 * The same rows into the same tables as the API's batches, nothing of the application between: per batch the
	 * same three batched statements the application sends (the passages with their ids back, their client ids,
	 * their occupants) and one commit, on {@code batchClients} connections of their own, each on a platform
	 * thread with its statements prepared once. Warmed up like the API before it is timed.
	 */
	private final class PlainInsert implements AutoCloseable {

		private final List<Checkpoint> checkpoints;

		private final java.util.concurrent.BlockingQueue<PlainConnection> connections = new java.util.concurrent.LinkedBlockingQueue<>();

		PlainInsert(List<Checkpoint> checkpoints) throws SQLException {
			this.checkpoints = checkpoints;
			for (int c = 0; c < batchClients; c++) {
				connections.add(new PlainConnection());
			}
		}

		Rate run(int batches) throws InterruptedException {
			return measure(batches, batchClients, false, i -> {
				PlainConnection db = connections.take();
				try {
					db.insert(checkpoints.get(ThreadLocalRandom.current().nextInt(checkpoints.size())));
				}
				finally {
					connections.add(db);
				}
				return true;
			});
		}

		@Override
		public void close() throws SQLException {
			for (PlainConnection db : connections) {
				db.db.close();
			}
		}
	}

	private final class PlainConnection {

		private final Connection db;

		private final PreparedStatement insert;

		private final PreparedStatement clientIds;

		private final PreparedStatement occupants;

		private final PreparedStatement tallyRow;

		private final PreparedStatement tally;

		PlainConnection() throws SQLException {
			db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
			db.setAutoCommit(false);
			insert = db.prepareStatement("""
					INSERT INTO checkpoint_passage (client_id, checkpoint_id, plate, plate_province, vehicle_type,
					  outcome, occupant_count, fever_count, risk_level, passed_on, passed_at, jurisdiction_code, jurisdiction_path,
					  created_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 'NONE', ?, ?, ?, ?, 'plain')""", new String[] { "id" });
			clientIds = db.prepareStatement("""
					INSERT INTO checkpoint_passage_client_id (client_id, passage_id, passed_on) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""");
			occupants = db.prepareStatement("""
					INSERT INTO checkpoint_passage_occupant (passage_id, position, name, phone, temperature, fever,
					  risk_level, passed_on) VALUES (?, 0, ?, ?, ?, ?, 'NONE', ?)""");
			// The batch's hour of its checkpoint, counted as the application counts it: the row, then its counts.
			tallyRow = db.prepareStatement("""
					INSERT INTO checkpoint_passage_tally (checkpoint_id, passed_hour, passages, vehicles, persons, fevers,
					  turned_back, referrals) VALUES (?, ?, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING""");
			tally = db.prepareStatement("""
					UPDATE checkpoint_passage_tally SET passages = passages + ?, vehicles = vehicles + ?, persons = persons + ?,
					  fevers = fevers + ?, turned_back = turned_back + ?, referrals = referrals + ?
					WHERE checkpoint_id = ? AND passed_hour = ?""");
		}

		void insert(Checkpoint checkpoint) throws SQLException {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
			LocalDate today = LocalDate.now(ZONE);
			String[] ids = new String[batch];
			boolean[] fevers = new boolean[batch];
			int footCount = 0;
			for (int i = 0; i < batch; i++) {
				boolean foot = random.nextInt(8) == 0;
				footCount += foot ? 1 : 0;
				String province = PROVINCES[random.nextInt(PROVINCES.length)];
				boolean fever = random.nextInt(500) == 0;
				ids[i] = UUID.randomUUID().toString();
				fevers[i] = fever;
				insert.setString(1, ids[i]);
				insert.setLong(2, checkpoint.id());
				insert.setString(3, foot ? null : province + "A" + String.format("%05d", random.nextInt(100_000)));
				insert.setString(4, foot ? null : province);
				insert.setString(5, foot ? "ON_FOOT" : VEHICLES[random.nextInt(VEHICLES.length)]);
				insert.setString(6, fever ? "REFERRED_FEVER_CLINIC" : "PASSED");
				insert.setInt(7, fever ? 1 : 0);
				insert.setObject(8, today, Types.DATE);
				insert.setObject(9, now);
				insert.setString(10, checkpoint.code());
				insert.setString(11, checkpoint.path());
				insert.addBatch();
			}
			insert.executeBatch();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				for (int i = 0; keys.next(); i++) {
					long id = keys.getLong(1);
					clientIds.setString(1, ids[i]);
					clientIds.setLong(2, id);
					clientIds.setObject(3, today, Types.DATE);
					clientIds.addBatch();
					occupants.setLong(1, id);
					occupants.setString(2, "旅客" + random.nextInt(1000));
					occupants.setString(3, "139" + String.format("%08d", random.nextInt(100_000_000)));
					occupants.setBigDecimal(4, new java.math.BigDecimal(fevers[i] ? "38.2" : "36." + random.nextInt(10)));
					occupants.setBoolean(5, fevers[i]);
					occupants.setObject(6, today, Types.DATE);
					occupants.addBatch();
				}
			}
			clientIds.executeBatch();
			occupants.executeBatch();
			long hour = Math.floorDiv(now.toEpochSecond(), 3600);
			int feverCount = 0;
			for (int i = 0; i < batch; i++) {
				feverCount += fevers[i] ? 1 : 0;
			}
			int vehicles = batch - footCount;
			tallyRow.setLong(1, checkpoint.id());
			tallyRow.setLong(2, hour);
			tallyRow.executeUpdate();
			long[] counts = { batch, vehicles, batch, feverCount, 0, feverCount };
			for (int i = 0; i < counts.length; i++) {
				tally.setLong(i + 1, counts[i]);
			}
			tally.setLong(7, checkpoint.id());
			tally.setLong(8, hour);
			tally.executeUpdate();
			db.commit();
		}
	}

	private boolean generate(String token, Checkpoint checkpoint, LocalDate from, LocalDate to, List<Long> pool) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", from.toString());
		body.put("to", to.toString());
		body.put("pattern", "THREE_EIGHTS");
		body.put("poolUserIds", pool);
		body.put("leaderUserIds", pool.subList(0, 3));
		body.put("minPerShift", 2);
		HttpResponse<String> answer = post(token, "/api/v1/checkpoints/" + checkpoint.id() + "/rosters:generate",
				JSON.writeValueAsString(body));
		if (answer.statusCode() != 200) {
			say("roster of checkpoint %d answered %d: %.300s", checkpoint.id(), answer.statusCode(), answer.body());
			return false;
		}
		return true;
	}

	private boolean stats(String token, Checkpoint checkpoint, LocalDate day) throws Exception {
		return get(token, "/api/v1/checkpoints/" + checkpoint.id() + "/stats?date=" + day);
	}

	/** PassageDatabase.counted's statement. */
	private static final String STATS_SQL = """
			SELECT passed_at, vehicle_type, outcome, occupant_count, fever_count, plate_province
			FROM checkpoint_passage WHERE checkpoint_id = ? AND passed_on = ?""";

	/** PassageFigures.counts' statement over a day's window of the field clock: the counts kept by checkpoint and hour. */
	private static final String FIGURES_SQL = """
			SELECT c.jurisdiction_path, SUM(t.vehicles) AS vehicles, SUM(t.persons) AS persons, SUM(t.fevers) AS fevers,
			  SUM(t.turned_back) AS turned_back, SUM(t.referrals) AS referrals
			FROM checkpoint_passage_tally t JOIN checkpoint c ON c.id = t.checkpoint_id
			WHERE t.passed_hour >= ? AND t.passed_hour < ? AND c.jurisdiction_path LIKE ?
			GROUP BY c.jurisdiction_path""";

	private static boolean statsSql(Connection db, Checkpoint checkpoint, LocalDate day) throws SQLException {
		return statsSqlRows(db, new Checkpoint(checkpoint.id(), checkpoint.code(), checkpoint.path()), day) >= 0;
	}

	private static int statsSqlRows(Connection db, Checkpoint checkpoint, LocalDate day) throws SQLException {
		try (PreparedStatement q = db.prepareStatement(STATS_SQL)) {
			q.setLong(1, checkpoint.id());
			q.setObject(2, day, Types.DATE);
			int rows = 0;
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					rs.getObject(1);
					rows++;
				}
			}
			return rows;
		}
	}

	private static boolean figuresSql(Connection db, String scope, LocalDate day) throws SQLException {
		return figuresSqlRows(db, scope, day) >= 0;
	}

	private static int figuresSqlRows(Connection db, String scope, LocalDate day) throws SQLException {
		try (PreparedStatement q = db.prepareStatement(FIGURES_SQL)) {
			q.setLong(1, Math.floorDiv(day.atStartOfDay(ZONE).toEpochSecond(), 3600));
			q.setLong(2, Math.floorDiv(day.plusDays(1).atStartOfDay(ZONE).toEpochSecond(), 3600));
			q.setString(3, scope);
			int rows = 0;
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					rows++;
				}
			}
			return rows;
		}
	}

	private record Timing(double first, double p50, double p95) {
	}

	private static Timing timing(int runs, Call call) throws Exception {
		long[] samples = new long[runs];
		long t = System.nanoTime();
		if (!call.run(0)) {
			throw new IllegalStateException("A timed call did not answer as expected");
		}
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
		JsonNode token = JSON.readTree(answer.body()).path("token");
		if (token.isMissingNode()) {
			throw new IllegalStateException("Cannot sign in as " + username + ": " + answer.body());
		}
		return token.asString();
	}

	private boolean get(String token, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
	}

	private HttpResponse<String> post(String token, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
