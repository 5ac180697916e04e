package org.bastion.bench;

import static org.bastion.bench.BenchOutput.say;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily reports at a county's scale on PostgreSQL: one unit's derived figures, the county's roll-up
 * and completeness, timed with {@code wrk} from outside the server's JVM at 1 and 4 connections, beside a
 * trivial endpoint behind the same sign-in and the very SQL each request ran, replayed over plain JDBC
 * for the same window and scope. Prints figures; never fails on time.
 */
public final class ReportingBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static String database = "bastion_bench_reports";

	private static final String COUNTY = "511528";

	private static final String TOWNSHIP = "511528103";

	private static final Path OUT = Path.of("target/bench-reporting");

	private int persons = 1_000_000;

	private int units = 3_000;

	private int seconds = 25;

	private int warmup = 5;

	private boolean reuse;

	private boolean setUpOnly;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2)).build();

	public static void main(String[] args) throws Exception {
		ReportingBench bench = new ReportingBench();
		for (String arg : args) {
			// Numbers may be written 1_000_000.
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
			switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
				case "--persons" -> bench.persons = Integer.parseInt(value.replace("_", ""));
				case "--units" -> bench.units = Integer.parseInt(value.replace("_", ""));
				case "--seconds" -> bench.seconds = Integer.parseInt(value.replace("_", ""));
				case "--warmup" -> bench.warmup = Integer.parseInt(value.replace("_", ""));
				case "--reuse" -> bench.reuse = true;
				case "--database" -> database = value;
				case "--set-up-only" -> bench.setUpOnly = true;
				case "--quick" -> {
					bench.persons = 20_000;
					bench.units = 400;
					bench.seconds = 3;
					bench.warmup = 1;
				}
				default -> throw new IllegalArgumentException("Unknown argument " + arg);
			}
		}
		Files.createDirectories(OUT);
		bench.run();
	}

	/** One endpoint as timed: what wrk measured, and the SQL one request ran replayed over JDBC. */
	private record Target(String label, String path, String goal, boolean page) {

		Target(String label, String path, String goal) {
			this(label, path, goal, false);
		}

		/** The header that signs a request in: the bearer token on the API, the session cookie on pages. */
		String header() {
			return page ? "Cookie" : "Authorization";
		}

		String value(Credentials credentials) {
			return page ? credentials.session() : "Bearer " + credentials.token();
		}
	}

	/** demo-county signed in twice: a bearer token for the API, a session of the sign-in form for pages. */
	private record Credentials(String token, String session) {
	}

	private void run() throws Exception {
		if (!reuse) {
			recreateDatabase();
			// Flyway makes the schema, the demo loader the tree and the accounts; the persons come by SQL.
			try (Server server = Server.start("setup", List.of("--bastion.demo.persons=0"))) {
				say("Schema and demo tree made (server up in %.0f s)", server.startSeconds);
			}
		}
		new ReportingData(database, persons, units).fill();
		if (setUpOnly) {
			return;
		}
		String village = village();
		List<Target> targets = List.of(new Target("trivial endpoint GET /api/v1/bench/ping", "/api/v1/bench/ping", ""),
				new Target("village's daily report (" + village + ")", "/api/v1/reports/daily?unit=" + village, "< 50 ms"),
				new Target("township's daily report (" + TOWNSHIP + ")", "/api/v1/reports/daily?unit=" + TOWNSHIP, "< 50 ms"),
				new Target("county roll-up", "/api/v1/reports/rollup?jurisdiction=" + COUNTY, "< 100 ms"),
				new Target("county completeness", "/api/v1/reports/completeness?jurisdiction=" + COUNTY, "< 100 ms"),
				new Target("dashboard page, county", "/dashboard?jurisdiction=" + COUNTY, "< 300 ms with its trends", true),
				new Target("dashboard's 30-day trends (htmx), county", "/dashboard/trends?jurisdiction=" + COUNTY, "", true));

		// What each request runs, from Spring's JDBC log of a server started for that alone.
		Map<Target, List<CapturedSql.Statement>> statements = new LinkedHashMap<>();
		Map<Target, Integer> status = new LinkedHashMap<>();
		try (Server server = Server.start("capture", CapturedSql.LOGGING)) {
			Credentials credentials = signIn(server.base);
			for (Target target : targets) {
				status.put(target, get(server.base, credentials, target));
				long from = Files.size(server.log);
				get(server.base, credentials, target);
				statements.put(target, CapturedSql.read(server.log, from));
			}
		}
		String machine = BenchOutput.loadAverage();
		List<Row> rows = new ArrayList<>();
		try (Server server = Server.start("timed", List.of())) {
			Credentials credentials = signIn(server.base);
			for (Target target : targets) {
				Path script = OUT.resolve(target.page() ? "session.lua" : "bearer.lua");
				Files.writeString(script, "wrk.headers[\"%s\"] = \"%s\"\n".formatted(target.header(),
						target.value(credentials)));
				if (status.get(target) == 404) {
					say("%s: %s answers 404 in this build, not timed", target.label(), target.path());
					continue;
				}
				if (status.get(target) != 200) {
					say("%s: %s answers %d, not timed", target.label(), target.path(), status.get(target));
					continue;
				}
				Wrk.run(server.base + target.path(), script, 4, warmup);
				for (int connections : new int[] { 1, 4 }) {
					String load = BenchOutput.loadAverage();
					Wrk.Result http = Wrk.run(server.base + target.path(), script, connections, seconds);
					Replay.Result jdbc = Replay.run(HOST + database, statements.get(target), connections, seconds);
					rows.add(new Row(target, connections, http, jdbc, load));
					say("%s, %d connection(s): HTTP p50 %.2f ms p99 %.2f ms %,.0f/s; its %d SQL statements over JDBC p50 %.2f ms"
							+ " p99 %.2f ms %,.0f/s (load %s)", target.label(), connections, http.p50(), http.p99(), http.perSecond(),
							jdbc.statements(), jdbc.p50(), jdbc.p99(), jdbc.perSecond(), load);
				}
			}
		}
		print(rows, machine, statements);
	}

	private record Row(Target target, int connections, Wrk.Result http, Replay.Result jdbc, String load) {
	}

	private void print(List<Row> rows, String load, Map<Target, List<CapturedSql.Statement>> statements) throws Exception {
		StringBuilder out = new StringBuilder();
		out.append("\n").append(describe()).append("\n\n");
		out.append(String.format(Locale.ROOT, "| %-48s | %4s | %9s | %9s | %9s | %10s | %4s | %9s | %9s | %9s | %8s | %-13s |%n",
				"endpoint", "conn", "HTTP p50", "HTTP p99", "HTTP /s", "non-2xx", "SQL", "JDBC p50", "JDBC p99", "JDBC /s",
				"HTTP/JDBC", "load 1/5/15"));
		out.append("|").append("-".repeat(50)).append("|-----:|----------:|----------:|----------:|-----------:|-----:|----------:|----------:|----------:|---------:|---------------|\n");
		for (Row row : rows) {
			out.append(String.format(Locale.ROOT, "| %-48s | %4d | %6.2f ms | %6.2f ms | %,9.0f | %,10d | %4d | %6.2f ms | %6.2f ms | %,9.0f | %7.1f× | %-13s |%n",
					row.target().label(), row.connections(), row.http().p50(), row.http().p99(), row.http().perSecond(),
					row.http().failed(), row.jdbc().statements(), row.jdbc().p50(), row.jdbc().p99(), row.jdbc().perSecond(),
					row.jdbc().p50() > 0 ? row.http().p50() / row.jdbc().p50() : 0.0, row.load()));
		}
		out.append("\nGoals: a unit's figures < 50 ms, the county's roll-up and completeness < 100 ms, the dashboard < 300 ms.\n");
		out.append("Load average before the timed phases: ").append(load).append(", after: ").append(BenchOutput.loadAverage())
			.append("\n\nThe SQL of one request of each endpoint (as replayed):\n");
		statements.forEach((target, list) -> {
			// The mean of each statement over the single-connection replay, when the endpoint was timed.
			List<Double> means = rows.stream().filter(r -> r.target().equals(target) && r.connections() == 1).findFirst()
				.map(r -> r.jdbc().meanPerStatement()).orElse(List.of());
			out.append("\n-- ").append(target.label()).append(": ").append(list.size()).append(" statements\n");
			for (int i = 0; i < list.size(); i++) {
				CapturedSql.Statement statement = list.get(i);
				out.append(i < means.size() ? String.format(Locale.ROOT, "%8.3f ms  ", means.get(i)) : "")
					.append(statement.sql().strip().replaceAll("\\s+", " ")).append("\n   params ").append(statement.params()).append('\n');
			}
		});
		System.out.print(out);
		Files.writeString(OUT.resolve("figures.txt"), out.toString());
	}

	private String describe() throws SQLException {
		StringBuilder out = new StringBuilder("County " + COUNTY + " in " + database + ":");
		try (Connection db = DriverManager.getConnection(HOST + database, "postgres", ""); Statement sql = db.createStatement()) {
			out.append(String.format(Locale.ROOT, " %,d reporting units (villages and townships)",
					HealthBench.single(sql, "SELECT COUNT(*) FROM jurisdiction WHERE level IN ('VILLAGE', 'TOWNSHIP')")));
			for (String table : ReportingData.tables()) {
				out.append(String.format(Locale.ROOT, ", %s %,d", table,
						// A partitioned table counts its partitions (its own estimate would count them twice).
						HealthBench.single(sql, "SELECT CASE WHEN p.relkind = 'p' THEN (SELECT COALESCE(SUM(c.reltuples), 0) FROM pg_inherits i"
								+ " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = p.oid) ELSE p.reltuples END::bigint"
								+ " FROM pg_class p WHERE p.oid = '" + table + "'::regclass")));
			}
			try (var rs = sql.executeQuery("SELECT version()")) {
				rs.next();
				out.append("\n").append(rs.getString(1));
			}
		}
		out.append(String.format(Locale.ROOT, "\n%d cores, %s, JVM %s; wrk %d s per figure after %d s of warm-up",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"),
				seconds, warmup));
		return out.toString();
	}

	/** A village of the demo township: the units all hold the same share of the records. */
	private String village() throws SQLException {
		try (Connection db = DriverManager.getConnection(HOST + database, "postgres", ""); Statement sql = db.createStatement();
				var rs = sql.executeQuery("SELECT MIN(code) FROM jurisdiction WHERE level = 'VILLAGE' AND parent_code = '" + TOWNSHIP + "'")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private Credentials signIn(String base) throws Exception {
		return new Credentials(token(base), session(base));
	}

	/** Signs in through the page's form as a person does (its CSRF field included); answers the session cookie. */
	private String session(String base) throws Exception {
		HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
		String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF field on the sign-in page: " + form);
		}
		String body = "username=demo-county&password=demo12345&_csrf="
				+ URLEncoder.encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2), StandardCharsets.UTF_8);
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in by form refused: " + answer.statusCode() + " " + location);
		}
		CookieManager jar = (CookieManager) browser.cookieHandler().orElseThrow();
		return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(c -> c.getName() + "=" + c.getValue()).findFirst()
			.orElseThrow(() -> new IllegalStateException("No session cookie after signing in"));
	}

	private String token(String base) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo-county\",\"password\":\"demo12345\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String body = answer.body();
		int at = body.indexOf("\"token\":\"");
		if (at < 0) {
			throw new IllegalStateException("Cannot sign in as demo-county: " + body);
		}
		return body.substring(at + 9, body.indexOf('"', at + 9));
	}

	private int get(String base, Credentials credentials, Target target) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + target.path()))
			.header(target.header(), target.value(credentials)).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200 && answer.statusCode() != 404) {
			say("%s answered %d: %s", target.path(), answer.statusCode(), answer.body());
		}
		return answer.statusCode();
	}

	private void recreateDatabase() throws SQLException {
		try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("DROP database IF EXISTS " + database + " WITH (FORCE)");
			sql.execute("CREATE database " + database);
		}
		say("Database %s dropped and created", database);
	}

	/** Bastion in a JVM of its own, on a free port, its output in a log file; stopped on close. */
	static final class Server implements AutoCloseable {

		final Process process;

		final Path log;

		final String base;

		final double startSeconds;

		private Server(Process process, Path log, String base, double startSeconds) {
			this.process = process;
			this.log = log;
			this.base = base;
			this.startSeconds = startSeconds;
		}

		static Server start(String name, List<String> extra) throws Exception {
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			Path ready = OUT.resolve("server-" + name + ".ready");
			Files.deleteIfExists(ready);
			List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
					"-Xmx" + System.getProperty("bench.server.heap", "2g"), "-Dfile.encoding=UTF-8", "-Dbench.ready=" + ready, "-cp",
					System.getProperty("java.class.path"), ReportingServer.class.getName(),
					"--spring.datasource.url=" + HOST + database, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=" + port, "--bastion.demo.enabled=true",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.bastion=WARN",
					"--spring.jmx.enabled=false"));
			command.addAll(extra);
			Path log = OUT.resolve("server-" + name + ".log");
			long t = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			String base = "http://127.0.0.1:" + port;
			while (!Files.exists(ready)) {
				if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
					throw new IllegalStateException("Bastion stopped with " + process.exitValue() + "; see " + log);
				}
				if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(10)) {
					process.destroyForcibly();
					throw new IllegalStateException("Bastion was not ready within 10 minutes; see " + log);
				}
			}
			double seconds = (System.nanoTime() - t) / 1e9;
			say("Bastion (%s) answering on %s after %.0f s, pid %d", name, base, seconds, process.pid());
			settle(process, log);
			return new Server(process, log, base, seconds);
		}

		/**
		 * Waits until the events published at start have been handled and no list import is running: the
		 * demo loader (a database made by --demo refuses to start without it) loads the parts of its month
		 * that are missing, and their listeners and the list's import run on threads of their own.
		 */
		private static void settle(Process process, Path log) throws Exception {
			long t = System.nanoTime();
			int quiet = 0;
			try (Connection db = DriverManager.getConnection(HOST + database, "postgres", ""); Statement sql = db.createStatement()) {
				while (quiet < 2) {
					long busy = HealthBench.single(sql, "SELECT (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL)"
							+ " + (SELECT COUNT(*) FROM pushed_list WHERE status IN ('QUEUED', 'RUNNING'))");
					quiet = busy == 0 ? quiet + 1 : 0;
					if (process.waitFor(2, TimeUnit.SECONDS)) {
						throw new IllegalStateException("Bastion stopped with " + process.exitValue() + "; see " + log);
					}
					if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(15)) {
						throw new IllegalStateException("Bastion still busy after 15 minutes (" + busy + " events or imports)");
					}
				}
			}
			if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(5)) {
				say("Bastion settled (events handled, no import running) after %.0f s more", (System.nanoTime() - t) / 1e9);
			}
		}

		@Override
		public void close() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
