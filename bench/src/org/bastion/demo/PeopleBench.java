package org.bastion.demo;

import static org.bastion.bench.BenchOutput.loadAverage;
import static org.bastion.bench.BenchOutput.say;
import static org.bastion.bench.BenchOutput.seconds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.bastion.BastionApplication;
import org.bastion.bench.BenchOutput;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.TreeImport.TreeImportResult;
import org.bastion.jurisdiction.TreeImport;
import org.bastion.people.People;
import org.bastion.people.PeopleBulkLoad;
import org.bastion.security.NewUser;
import org.bastion.security.Role;
import org.bastion.security.SystemTask;
import org.bastion.security.Users;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people benchmark (not a test: it never fails on time). See bench/README.md.
 *
 * <ol>
 * <li>Drops and recreates the database {@code bastion_bench} on the local PostgreSQL.</li>
 * <li>Starts Bastion in-process against it, imports the demo county's tree and loads its generated
 * population through {@link PeopleBulkLoad}, timing only the {@code load(slice)} calls.</li>
 * <li>Interleaved with each slice, inserts the very same person rows (read back from {@code person},
 * untimed) into {@code person_plain}, a copy of {@code person} with the same indexes, constraints and
 * household foreign key, with a plain {@code PreparedStatement.addBatch/executeBatch} of 1000 rows and
 * one commit per slice, as {@code load(slice)} commits once per slice: the physical limit.</li>
 * <li>Signs in as a township viewer of 共乐镇 and times {@link People#search} by ID number, phone
 * and name prefix (audit entries included), beside {@code SELECT 1} and a plain indexed lookup.</li>
 * </ol>
 *
 * It lives in {@code org.bastion.demo} to reuse the package-private demo generators.
 */
public final class PeopleBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String DATABASE = "bastion_bench";

	private static final String TOWNSHIP = DemoTree.TOWNSHIP;

	/** Households per {@code load} call, as {@link DemoLoader} hands them over. */
	private static final int SLICE = 5_000;

	private static final int PLAIN_BATCH = 1_000;

	private static final double SEARCH_GOAL_MS = 50;

	private static final double LOAD_GOAL_RATIO = 3;

	/** The columns {@code PersonDatabase.insertAll} writes, in its order. */
	private static final String[] INSERT_COLUMNS = { "id_number", "document_type", "document_number", "name", "sex",
			"birth_date", "phone", "id_number_reversed", "phone_reversed", "address", "jurisdiction_code",
			"jurisdiction_path", "household_id", "relation_to_head", "care_flags", "client_id" };

	private static final String COLUMN_LIST = String.join(", ", INSERT_COLUMNS);

	private final int persons;

	private final int searches;

	private final int warmup;

	private final boolean rewrite;

	private final boolean loadOnly;

	private final String url;

	private final Map<String, String> figures = new LinkedHashMap<>();

	private PeopleBench(int persons, int searches, int warmup, boolean rewrite, boolean loadOnly) {
		this.loadOnly = loadOnly;
		this.persons = persons;
		this.searches = searches;
		this.warmup = warmup;
		this.rewrite = rewrite;
		this.url = HOST + DATABASE + (rewrite ? "?reWriteBatchedInserts=true" : "");
	}

	public static void main(String[] args) throws Exception {
		int persons = 1_000_000;
		int searches = 2_000;
		int warmup = 300;
		boolean rewrite = false;
		boolean loadOnly = false;
		for (String arg : args) {
			if (arg.equals("--rewrite")) {
				rewrite = true;
			}
			else if (arg.equals("--load-only")) {
				loadOnly = true;
			}
			else if (arg.startsWith("--searches=")) {
				searches = Integer.parseInt(arg.substring("--searches=".length()).replace("_", ""));
			}
			else if (arg.startsWith("--warmup=")) {
				warmup = Integer.parseInt(arg.substring("--warmup=".length()).replace("_", ""));
			}
			else if (arg.matches("[0-9_]+")) {
				persons = Integer.parseInt(arg.replace("_", ""));
			}
			else {
				System.err.println("Usage: PeopleBench [PERSONS (1000000)] [--searches=2000] [--warmup=300] [--rewrite] [--load-only]");
				System.exit(2);
			}
		}
		Locale.setDefault(Locale.ROOT);
		int exit = 0;
		try {
			new PeopleBench(persons, searches, warmup, rewrite, loadOnly).run();
		}
		catch (Throwable failure) {
			failure.printStackTrace();
			exit = 1;
		}
		// The application context is closed by now; the exit also ends any lingering non-daemon thread.
		System.exit(exit);
	}

	private void run() throws Exception {
		say("People benchmark: %,d persons, %,d searches per kind after %,d warm-up, reWriteBatchedInserts=%s",
				persons, searches, warmup, rewrite);
		say("Machine: %s", machine());
		recreateDatabase();
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = start()) {
			say("Bastion started in %.1f s", seconds(System.nanoTime() - started));
			load(app);
			if (!loadOnly) {
				search(app);
			}
		}
		printTable();
	}

	// ---------------------------------------------------------------------------------------------
	// Set-up

	private void recreateDatabase() throws SQLException {
		try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			sql.execute("CREATE DATABASE " + DATABASE);
		}
		say("Database %s dropped and created", DATABASE);
	}

	private ConfigurableApplicationContext start() {
		SpringApplication application = new SpringApplication(BastionApplication.class);
		return application.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--bastion.demo.enabled=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.bastion=WARN",
				"--spring.jmx.enabled=false");
	}

	// ---------------------------------------------------------------------------------------------
	// Registration rate beside the plain insert

	private void load(ConfigurableApplicationContext app) throws SQLException {
		TreeImport treeImport = app.getBean(TreeImport.class);
		Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
		PeopleBulkLoad bulkLoad = app.getBean(PeopleBulkLoad.class);
		DemoProperties properties = app.getBean(DemoProperties.class);
		ZoneId zone = ZoneId.of(app.getEnvironment().getProperty("bastion.zone", "Asia/Shanghai"));

		TreeImportResult tree = SystemTask.call(() -> treeImport.importRows(DemoTree.rows(properties.randomSeed())));
		List<Jurisdiction> nodes = SystemTask.call(() -> jurisdictions.subtree(DemoTree.COUNTY));
		List<Jurisdiction> grids = nodes.stream().filter(n -> n.level() == JurisdictionLevel.GRID).toList();
		Map<String, Jurisdiction> byCode = nodes.stream()
			.collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
		say("Tree: %d areas created, %d refused; %d grids", tree.created(), tree.rejected().size(), grids.size());

		try (Connection plain = DriverManager.getConnection(url, "postgres", "")) {
			plain.setAutoCommit(false);
			try (Statement sql = plain.createStatement()) {
				// Same columns, defaults, identity, checks and indexes (LIKE ... INCLUDING ALL does not copy
				// foreign keys, so the household one is added: the plain insert checks it too).
				sql.execute("CREATE TABLE person_plain (LIKE person INCLUDING ALL)");
				sql.execute("ALTER TABLE person_plain ADD CONSTRAINT person_plain_household_fk "
						+ "FOREIGN KEY (household_id) REFERENCES household (id)");
			}
			plain.commit();
			say("person has %d indexes, %d constraints; person_plain has %d indexes, %d constraints",
					single(plain, "SELECT count(*) FROM pg_indexes WHERE tablename = ?", "person"),
					single(plain, "SELECT count(*) FROM pg_constraint WHERE conrelid = ?::regclass", "person"),
					single(plain, "SELECT count(*) FROM pg_indexes WHERE tablename = ?", "person_plain"),
					single(plain, "SELECT count(*) FROM pg_constraint WHERE conrelid = ?::regclass", "person_plain"));
			plain.commit();

			DemoPopulation population = new DemoPopulation(properties.randomSeed(), LocalDate.now(zone));
			List<PeopleBulkLoad.Household> slice = new ArrayList<>(SLICE + 100);
			Totals totals = new Totals();
			long reportAt = Math.max(persons / 10, 10_000);
			long nextReport = reportAt;
			for (int i = 0; i < grids.size(); i++) {
				Jurisdiction grid = grids.get(i);
				int here = persons / grids.size() + (i < persons % grids.size() ? 1 : 0);
				String villageName = byCode.get(grid.parentCode()).name().replace("村民委员会", "村")
					.replace("居民委员会", "社区");
				slice.addAll(population.householdsFor(grid, villageName, here));
				if (slice.size() >= SLICE || i == grids.size() - 1) {
					loadSlice(bulkLoad, plain, slice, totals);
					slice.clear();
					if (totals.persons >= nextReport) {
						nextReport += reportAt;
						say("  %,9d persons: registration %,.0f/s, plain insert %,.0f/s (load %s)", totals.persons,
								totals.persons / seconds(totals.registrationNanos),
								totals.plainRows / seconds(totals.plainNanos), loadAverage());
					}
				}
			}
			double registrationRate = totals.persons / seconds(totals.registrationNanos);
			double plainRate = totals.plainRows / seconds(totals.plainNanos);
			say("Registration: %,d persons in %,d households (%d refused) in %.1f s: %,.0f persons/s",
					totals.persons, totals.households, totals.rejected, seconds(totals.registrationNanos),
					registrationRate);
			say("Plain insert: %,d rows in %.1f s: %,.0f rows/s", totals.plainRows, seconds(totals.plainNanos),
					plainRate);
			figures.put("persons loaded", "%,d in %,d households".formatted(totals.persons, totals.households));
			figures.put("registration (PeopleBulkLoad.load)", "%,.0f persons/s (%.1f s)".formatted(registrationRate,
					seconds(totals.registrationNanos)));
			figures.put("plain batched insert (person_plain)",
					"%,.0f rows/s (%.1f s)".formatted(plainRate, seconds(totals.plainNanos)));
			double ratio = plainRate / registrationRate;
			figures.put("registration slower than plain by", "%.2f×  (goal ≤ %.0f×: %s)".formatted(ratio,
					LOAD_GOAL_RATIO, ratio <= LOAD_GOAL_RATIO ? "met" : "MISSED"));

			try (Statement sql = plain.createStatement()) {
				plain.setAutoCommit(true);
				long started = System.nanoTime();
				sql.execute("VACUUM ANALYZE household");
				sql.execute("VACUUM ANALYZE person");
				sql.execute("VACUUM ANALYZE person_plain");
				sql.execute("VACUUM ANALYZE audit_log");
				say("VACUUM ANALYZE in %.1f s", seconds(System.nanoTime() - started));
				try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM (SELECT " + COLUMN_LIST
						+ " FROM person EXCEPT ALL SELECT " + COLUMN_LIST + " FROM person_plain) d")) {
					rs.next();
					long differing = rs.getLong(1);
					say("Rows of person missing from person_plain: %d%s", differing,
							differing == 0 ? " (same rows, same values)" : "  <-- NOT THE SAME ROWS");
				}
				try (ResultSet rs = sql.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('person')),"
						+ " pg_size_pretty(pg_total_relation_size('person_plain')),"
						+ " pg_size_pretty(pg_total_relation_size('household'))")) {
					rs.next();
					figures.put("sizes with indexes", "person %s, person_plain %s, household %s"
						.formatted(rs.getString(1), rs.getString(2), rs.getString(3)));
				}
			}
		}
	}

	private void loadSlice(PeopleBulkLoad bulkLoad, Connection plain, List<PeopleBulkLoad.Household> slice,
			Totals totals) throws SQLException {
		long lastId = maxPersonId(plain);

		long started = System.nanoTime();
		PeopleBulkLoad.Result result = SystemTask.call(() -> bulkLoad.load(slice));
		totals.registrationNanos += System.nanoTime() - started;
		totals.persons += result.persons();
		totals.households += result.households();
		totals.rejected += result.rejected();

		// The same rows, with the same values and household ids; read untimed.
		List<Object[]> rows = new ArrayList<>(result.persons());
		try (PreparedStatement read = plain
			.prepareStatement("SELECT " + COLUMN_LIST + " FROM person WHERE id > ? ORDER BY id")) {
			read.setLong(1, lastId);
			try (ResultSet rs = read.executeQuery()) {
				while (rs.next()) {
					Object[] row = new Object[INSERT_COLUMNS.length];
					for (int c = 0; c < row.length; c++) {
						row[c] = INSERT_COLUMNS[c].equals("birth_date") ? rs.getObject(c + 1, LocalDate.class)
								: rs.getObject(c + 1);
					}
					rows.add(row);
				}
			}
		}
		plain.commit();

		String insert = "INSERT INTO person_plain (" + COLUMN_LIST + ") VALUES ("
				+ String.join(", ", java.util.Collections.nCopies(INSERT_COLUMNS.length, "?")) + ")";
		started = System.nanoTime();
		try (PreparedStatement ps = plain.prepareStatement(insert)) {
			int pending = 0;
			for (Object[] row : rows) {
				bindPlain(ps, row);
				ps.addBatch();
				if (++pending == PLAIN_BATCH) {
					ps.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				ps.executeBatch();
			}
		}
		plain.commit();
		totals.plainNanos += System.nanoTime() - started;
		totals.plainRows += rows.size();
	}

	/** Binds as {@code PersonDatabase.bindInsert} does: strings, a DATE, a BIGINT, typed nulls. */
	private static void bindPlain(PreparedStatement ps, Object[] row) throws SQLException {
		for (int c = 0; c < row.length; c++) {
			Object value = row[c];
			String column = INSERT_COLUMNS[c];
			if (column.equals("birth_date")) {
				if (value == null) {
					ps.setNull(c + 1, Types.DATE);
				}
				else {
					ps.setObject(c + 1, value, Types.DATE);
				}
			}
			else if (column.equals("household_id")) {
				if (value == null) {
					ps.setNull(c + 1, Types.BIGINT);
				}
				else {
					ps.setLong(c + 1, ((Number) value).longValue());
				}
			}
			else if (value == null) {
				ps.setNull(c + 1, Types.VARCHAR);
			}
			else {
				ps.setString(c + 1, (String) value);
			}
		}
	}

	private static long maxPersonId(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM person")) {
			rs.next();
			long max = rs.getLong(1);
			connection.commit();
			return max;
		}
	}

	private static final class Totals {

		long registrationNanos;

		long plainNanos;

		long persons;

		long households;

		long rejected;

		long plainRows;
	}

	// ---------------------------------------------------------------------------------------------
	// Search latency for a township viewer

	private void search(ConfigurableApplicationContext app) throws SQLException {
		Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
		Users users = app.getBean(Users.class);
		People people = app.getBean(People.class);
		AuthenticationManager authentication = app.getBean(AuthenticationManager.class);
		DataSource dataSource = app.getBean(DataSource.class);

		Jurisdiction township = SystemTask.call(() -> jurisdictions.find(TOWNSHIP)).orElseThrow();
		String username = "bench-township";
		String password = "bench-password-1";
		users.createUnchecked(new NewUser(username, "Benchmark township viewer", password, Role.TOWNSHIP_STAFF,
				township.code()), township.code(), township.path());
		Authentication signedIn = authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		String scope = township.path().likePattern();
		say("Signed in as %s (%s, %s %s, scope %s)", username, Role.TOWNSHIP_STAFF, township.code(), township.name(),
				scope);

		int wanted = warmup + searches;
		int extra = Math.max(100, searches / 4);
		int extraWanted = warmup / 4 + extra;
		List<Kind> kinds = new ArrayList<>();
		long inTownship;
		long inCounty;
		try (Connection connection = dataSource.getConnection()) {
			inTownship = single(connection, "SELECT count(*) FROM person WHERE jurisdiction_path LIKE ?", scope);
			inCounty = single(connection, "SELECT count(*) FROM person", null);
			String sample = " FROM person WHERE jurisdiction_path LIKE ? AND %s IS NOT NULL ORDER BY random() LIMIT ";
			// The kinds the goal is about, with the full count of searches.
			kinds.add(new Kind("ID number", "ID_NUMBER", searches, sample(connection,
					"SELECT id_number" + sample.formatted("id_number") + wanted, scope)));
			kinds.add(new Kind("phone", "PHONE", searches, sample(connection,
					"SELECT phone" + sample.formatted("phone") + wanted, scope)));
			// What a worker types for a name: the surname and the first character of the given name.
			kinds.add(new Kind("name prefix (2 chars)", "NAME", searches, sample(connection,
					"SELECT left(name, 2)" + sample.formatted("name") + wanted, scope)));
			// Harder cases a worker also meets, with fewer searches.
			kinds.add(new Kind("surname only (1 char)", "NAME", extra, sample(connection,
					"SELECT left(name, 1)" + sample.formatted("name") + extraWanted, scope)));
			kinds.add(new Kind("phone last 4 digits", "DIGITS", extra, sample(connection,
					"SELECT right(phone, 4)" + sample.formatted("phone") + extraWanted, scope)));
			kinds.add(new Kind("list, no term", "ALL", extra,
					java.util.Collections.nCopies(extraWanted, (String) null)));
		}
		say("Township %s holds %,d of %,d persons; %,d searches of each main kind and %,d of each extra kind, "
				+ "after warm-up", township.name(), inTownship, inCounty, searches, extra);
		figures.put("search scope", "%s %s: %,d of %,d persons".formatted(township.code(), township.name(),
				inTownship, inCounty));

		long auditBefore = auditCount(dataSource);
		for (Kind kind : kinds) {
			kind.latency = searchLatency(people, kind.values, kind.values.size() - kind.count, kind.count);
			say("  search %-22s %s", kind.label, kind.latency.describe());
		}
		long audited = auditCount(dataSource) - auditBefore;
		SecurityContextHolder.clearContext();

		Latency selectOne;
		Latency lookup;
		Latency auditCommit;
		try (Connection connection = dataSource.getConnection()) {
			selectOne = plainLatency(connection, "SELECT 1", null);
			lookup = plainLatency(connection, "SELECT * FROM person WHERE id_number = ?", kinds.get(0).values);
			auditCommit = plainLatency(connection, "INSERT INTO audit_log (username, action, target, detail) "
					+ "VALUES ('bench-plain', 'SEARCH', 'person', ?)", kinds.get(0).values);
		}

		say("Audit entries written by the searches: %,d", audited);
		for (Kind kind : kinds) {
			Latency l = kind.latency;
			figures.put("search " + kind.label, l.describe() + "  (p95 goal < 50 ms: "
					+ (l.percentile(95) < SEARCH_GOAL_MS ? "met" : "MISSED") + ")");
		}
		figures.put("SELECT 1 round trip", selectOne.describe());
		figures.put("plain lookup by id_number", lookup.describe());
		figures.put("plain audit insert + commit", auditCommit.describe());
		for (Kind kind : kinds) {
			figures.put("ratio p50 " + kind.label + " / plain lookup",
					"%.1f×".formatted(kind.latency.percentile(50) / lookup.percentile(50)));
		}
		figures.put("audit entries written by searches", "%,d".formatted(audited));

		explain(dataSource, scope, kinds);
	}

	/** One kind of search: its values (warm-up first), how many are measured, and what was measured. */
	private static final class Kind {

		final String label;

		final String term;

		final int count;

		final List<String> values;

		Latency latency;

		Kind(String label, String term, int count, List<String> values) {
			this.label = label;
			this.term = term;
			this.count = Math.min(count, values.size());
			this.values = values;
		}
	}

	private Latency searchLatency(People people, List<String> values, int warmups, int count) {
		Latency latency = new Latency(count);
		long hits = 0;
		for (int i = 0; i < values.size(); i++) {
			String q = values.get(i);
			long started = System.nanoTime();
			int found = people.search(q, null, null, null).items().size();
			long took = System.nanoTime() - started;
			if (i >= warmups) {
				latency.add(took, q);
				hits += found == 0 ? 0 : 1;
			}
		}
		latency.note = "%d%% found".formatted(Math.round(100.0 * hits / Math.max(1, latency.count)));
		return latency;
	}

	private Latency plainLatency(Connection connection, String sql, List<String> values) throws SQLException {
		int total = warmup + searches;
		Latency latency = new Latency(searches);
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			for (int i = 0; i < total; i++) {
				long started = System.nanoTime();
				if (values != null) {
					ps.setString(1, values.get(i % values.size()));
				}
				if (ps.execute()) {
					try (ResultSet rs = ps.getResultSet()) {
						ResultSetMetaData meta = rs.getMetaData();
						while (rs.next()) {
							for (int c = 1; c <= meta.getColumnCount(); c++) {
								rs.getObject(c);
							}
						}
					}
				}
				long took = System.nanoTime() - started;
				if (i >= warmup) {
					latency.add(took, null);
				}
			}
		}
		return latency;
	}

	/**
	 * The plans of the service's search statements (as {@code PersonDatabase.search} builds them) for the
	 * slowest value of each kind, on this data; custom plans, as the values are bound.
	 */
	private void explain(DataSource dataSource, String scope, List<Kind> kinds) throws SQLException {
		String columns = "id, id_number, document_type, document_number, name, sex, birth_date, phone, address, "
				+ "jurisdiction_code, jurisdiction_path, household_id, relation_to_head, care_flags, client_id, "
				+ "version, created_at, updated_at";
		String base = "SELECT " + columns + " FROM person WHERE jurisdiction_path LIKE ?";
		String order = " ORDER BY id DESC LIMIT 21";
		StringBuilder out = new StringBuilder();
		try (Connection connection = dataSource.getConnection()) {
			for (Kind kind : kinds) {
				String q = kind.latency.slowestValue;
				List<Object> parameters = new ArrayList<>(List.of(scope));
				String sql = switch (kind.term) {
					case "ID_NUMBER" -> {
						parameters.add(q);
						yield base + " AND id_number = ?" + order;
					}
					case "PHONE" -> {
						parameters.add(q);
						yield base + " AND phone = ?" + order;
					}
					case "NAME" -> {
						parameters.addAll(List.of(escapeLike(q) + "%", q.toUpperCase(Locale.ROOT)));
						yield base + " AND (name LIKE ? ESCAPE '\\' OR document_number = ?)" + order;
					}
					case "DIGITS" -> {
						String reversed = new StringBuilder(q).reverse().toString();
						parameters.addAll(List.of(q + "%", q + "%", reversed + "%", reversed + "%", q));
						yield base + " AND (id_number LIKE ? OR phone LIKE ? OR id_number_reversed LIKE ?"
								+ " OR phone_reversed LIKE ? OR document_number = ?)" + order;
					}
					default -> base + order;
				};
				out.append("\n-- ").append(kind.label).append(", slowest value ").append(q).append(" (")
					.append("%.1f ms in the service".formatted(kind.latency.slowestNanos / 1e6)).append("):\n-- ")
					.append(sql).append("\n--   with ").append(parameters).append('\n');
				try (PreparedStatement ps = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
					for (int p = 0; p < parameters.size(); p++) {
						ps.setObject(p + 1, parameters.get(p));
					}
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							out.append(rs.getString(1)).append('\n');
						}
					}
				}
			}
		}
		say("Query plans of the slowest value of each kind:%s", out);
		try {
			Path file = Path.of("target", "bench", "people-plans.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, out.toString());
			say("Plans written to %s", file);
		}
		catch (IOException ignored) {
			// The plans are printed above as well.
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static List<String> sample(Connection connection, String sql, String scope) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			ps.setString(1, scope);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
		}
		return values;
	}

	private static long single(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			if (parameter != null) {
				ps.setString(1, parameter);
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static long auditCount(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return single(connection, "SELECT count(*) FROM audit_log WHERE action = 'SEARCH'", null);
		}
	}

	private static final class Latency {

		private final long[] nanos;

		private int count;

		private String note = "";

		Latency(int capacity) {
			this.nanos = new long[capacity];
		}

		private long slowestNanos = -1;

		private String slowestValue;

		void add(long took, String value) {
			nanos[count++] = took;
			if (took > slowestNanos) {
				slowestNanos = took;
				slowestValue = value;
			}
		}

		double percentile(int p) {
			long[] sorted = Arrays.copyOf(nanos, count);
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.clamp(rank, 0, sorted.length - 1)] / 1e6;
		}

		String describe() {
			double mean = Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
			double max = Arrays.stream(nanos, 0, count).max().orElse(0) / 1e6;
			return "p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.2f  mean %7.3f ms  n=%d%s".formatted(percentile(50),
					percentile(95), percentile(99), max, mean, count, note.isEmpty() ? "" : ", " + note);
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Output

	private String machine() throws SQLException {
		String cpu = "?";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).strip())
				.orElse("?");
		}
		catch (IOException ignored) {
			// Not Linux: the core count still says something.
		}
		String memory = "?";
		try {
			memory = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(l -> l.startsWith("MemTotal"))
				.findFirst()
				.map(l -> "%.0f GB RAM".formatted(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
				.orElse("?");
		}
		catch (IOException ignored) {
			// As above.
		}
		String postgres;
		StringBuilder settings = new StringBuilder();
		try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "");
				Statement sql = admin.createStatement()) {
			try (ResultSet rs = sql.executeQuery("SELECT version()")) {
				rs.next();
				postgres = rs.getString(1);
			}
			for (String setting : List.of("shared_buffers", "work_mem", "synchronous_commit", "fsync",
					"max_wal_size", "plan_cache_mode")) {
				try (ResultSet rs = sql.executeQuery("SHOW " + setting)) {
					rs.next();
					settings.append(settings.isEmpty() ? "" : ", ").append(setting).append('=').append(rs.getString(1));
				}
			}
		}
		String facts = "%d cores (%s), %s, JVM %s %s, max heap %d MB, load average %s".formatted(
				Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.vm.vendor"),
				Runtime.version(), Runtime.getRuntime().maxMemory() / 1024 / 1024, loadAverage());
		figures.put("started", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));
		figures.put("machine", facts);
		figures.put("PostgreSQL", postgres);
		figures.put("PostgreSQL settings", settings.toString());
		figures.put("JDBC URL", url + "  (reWriteBatchedInserts " + (rewrite ? "on" : "off") + " for both sides)");
		return facts;
	}

	private void printTable() {
		figures.put("load average at end", loadAverage());
		BenchOutput.printTable("People benchmark", figures);
	}
}
