package org.bastion.demo;

import static org.bastion.bench.BenchOutput.loadAverage;
import static org.bastion.bench.BenchOutput.say;
import static org.bastion.bench.BenchOutput.seconds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bastion.BastionApplication;
import org.bastion.bench.BenchOutput;
import org.bastion.bench.CpuClock;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.TreeImport;
import org.bastion.people.IdNumber;
import org.bastion.people.PeopleBulkLoad;
import org.bastion.pushedlists.PushedListRequest;
import org.bastion.pushedlists.PushedListStatus;
import org.bastion.pushedlists.PushedListView;
import org.bastion.pushedlists.PushedLists;
import org.bastion.security.NewUser;
import org.bastion.security.Role;
import org.bastion.security.SystemTask;
import org.bastion.security.Users;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A pushed list of a million rows through the application on PostgreSQL: loads the demo county with
 * its generated population, writes a CSV in the shape the field received (the sample's twelve
 * columns; half the rows persons who live in the county, a few hundred bad rows), uploads it through
 * {@link PushedLists} as an HQ user of the county and times the background import until DONE, beside
 * PostgreSQL's {@code COPY} of the same file into a plain table with the same columns, measured in the
 * same run. Prints figures; never fails on time.
 *
 * <p>In {@code org.bastion.demo} to reuse the package-private demo generators, as the people bench does.
 */
public final class PushedListBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String DATABASE = "bastion_bench_lists";

	private static final String HEADER = "序号,姓名,性别,身份证号,联系电话,来源地,到达日期,交通方式,车牌/车次,现住址,所属乡镇,备注";

	private static final double GOAL_SECONDS = 20;

	private static final int SLICE = 5_000;

	private static final String[] ORIGINS = { "湖北省武汉市洪山区", "湖北省武汉市江岸区", "湖北省孝感市", "湖北省黄冈市",
			"浙江省温州市龙湾区", "广东省深圳市宝安区", "重庆市万州区", "四川省成都市武侯区", "云南省昭通市", "贵州省毕节市" };

	private static final String[] REGIONS = { "420111", "420102", "420902", "421102", "330303", "440306", "500101",
			"510107", "530602", "520502" };

	private static final String[] MODES = { "自驾", "火车", "飞机", "大巴", "其他" };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅";

	private final int persons;

	private final int rows;

	private final int badRows;

	private final boolean reuse;

	private final Map<String, String> figures = new LinkedHashMap<>();

	private PushedListBench(int persons, int rows, int badRows, boolean reuse) {
		this.persons = persons;
		this.rows = rows;
		this.badRows = badRows;
		this.reuse = reuse;
	}

	public static void main(String[] args) throws Exception {
		int persons = 1_000_000;
		int rows = 1_000_000;
		int bad = 300;
		boolean reuse = false;
		for (String arg : args) {
			if (arg.startsWith("--persons=")) {
				persons = Integer.parseInt(arg.substring(10).replace("_", ""));
			}
			else if (arg.startsWith("--rows=")) {
				rows = Integer.parseInt(arg.substring(7).replace("_", ""));
			}
			else if (arg.startsWith("--bad=")) {
				bad = Integer.parseInt(arg.substring(6).replace("_", ""));
			}
			else if (arg.equals("--reuse")) {
				reuse = true;
			}
			else {
				throw new IllegalArgumentException("Unknown argument " + arg
						+ " (--persons=N --rows=N --bad=N --reuse)");
			}
		}
		int exit = 0;
		try {
			new PushedListBench(persons, rows, bad, reuse).run();
		}
		catch (Exception | Error failed) {
			failed.printStackTrace();
			exit = 1;
		}
		// The application's executors would keep the JVM alive.
		System.exit(exit);
	}

	private void run() throws Exception {
		say("Pushed-list benchmark: %,d list rows (%,d bad) against %,d persons%s", rows, badRows, persons,
				reuse ? " (reusing the loaded database)" : "");
		figures.put("started", LocalDateTime.now().withNano(0).toString());
		figures.put("machine", "%d cores, JVM %s, max heap %d MB".formatted(Runtime.getRuntime().availableProcessors(),
				Runtime.version(), Runtime.getRuntime().maxMemory() / 1024 / 1024));
		boolean loaded = reuse && personsLoaded() >= persons;
		if (!loaded) {
			recreateDatabase();
		}
		else {
			forgetEarlierLists();
		}
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = start()) {
			say("Bastion started in %.1f s", seconds(System.nanoTime() - started));
			if (!loaded) {
				load(app);
			}
			signIn(app);
			Path csv = writeList(app);
			copy(csv);
			importList(app, csv);
		}
		figures.put("load average at end", loadAverage());
		printTable();
	}

	// ---------------------------------------------------------------------------------------------
	// Set-up: the database, the application, the county and its population

	private long personsLoaded() {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
				Statement sql = db.createStatement();
				ResultSet rs = sql.executeQuery("SELECT count(*) FROM person")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException absent) {
			return 0;
		}
	}

	/** Every run imports into empty list tables, so that runs compare: the entries' indexes grow with each list. */
	private void forgetEarlierLists() throws SQLException {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
				Statement sql = db.createStatement()) {
			sql.execute("TRUNCATE list_entry, list_rejected_row, list_tally, pushed_list");
			sql.execute("VACUUM ANALYZE pushed_list");
		}
		say("Lists of earlier runs removed; %,d persons kept", personsLoaded());
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
		SpringApplication application = new SpringApplication(BastionApplication.class);
		return application.run("--spring.datasource.url=" + HOST + DATABASE, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--bastion.demo.enabled=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.bastion=WARN",
				"--logging.level.org.bastion.screening.ImportJobs=INFO", "--spring.jmx.enabled=false");
	}

	private void load(ConfigurableApplicationContext app) {
		TreeImport treeImport = app.getBean(TreeImport.class);
		Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
		PeopleBulkLoad bulkLoad = app.getBean(PeopleBulkLoad.class);
		DemoProperties properties = app.getBean(DemoProperties.class);
		ZoneId zone = ZoneId.of(app.getEnvironment().getProperty("bastion.zone", "Asia/Shanghai"));
		SystemTask.call(() -> treeImport.importRows(DemoTree.rows(properties.randomSeed())));
		List<Jurisdiction> nodes = SystemTask.call(() -> jurisdictions.subtree(DemoTree.COUNTY));
		List<Jurisdiction> grids = nodes.stream().filter(n -> n.level() == JurisdictionLevel.GRID).toList();
		Map<String, Jurisdiction> byCode = nodes.stream()
			.collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
		DemoPopulation population = new DemoPopulation(properties.randomSeed(), LocalDate.now(zone));
		List<PeopleBulkLoad.Household> slice = new ArrayList<>(SLICE + 100);
		long started = System.nanoTime();
		int loaded = 0;
		for (int i = 0; i < grids.size(); i++) {
			Jurisdiction grid = grids.get(i);
			int here = persons / grids.size() + (i < persons % grids.size() ? 1 : 0);
			String villageName = byCode.get(grid.parentCode()).name().replace("村民委员会", "村").replace("居民委员会", "社区");
			slice.addAll(population.householdsFor(grid, villageName, here));
			if (slice.size() >= SLICE || i == grids.size() - 1) {
				List<PeopleBulkLoad.Household> batch = List.copyOf(slice);
				loaded += SystemTask.call(() -> bulkLoad.load(batch)).persons();
				slice.clear();
			}
		}
		say("Population: %,d persons loaded through PeopleBulkLoad in %.1f s (set-up, not measured here)", loaded,
				seconds(System.nanoTime() - started));
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
				Statement sql = db.createStatement()) {
			sql.execute("VACUUM ANALYZE person");
			sql.execute("VACUUM ANALYZE household");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An HQ user of the county, signed in through the application's own authentication. */
	private void signIn(ConfigurableApplicationContext app) {
		Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
		Users users = app.getBean(Users.class);
		Jurisdiction county = SystemTask.call(() -> jurisdictions.find(DemoTree.COUNTY)).orElseThrow();
		String username = "bench-hq-" + System.currentTimeMillis();
		String password = "bench-password-1";
		users.createUnchecked(new NewUser(username, "Benchmark HQ", password, Role.HQ_STAFF, county.code()),
				county.code(), county.path());
		var signedIn = app.getBean(AuthenticationManager.class)
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		say("Signed in as %s (%s of %s %s)", username, Role.HQ_STAFF, county.code(), county.name());
	}

	// ---------------------------------------------------------------------------------------------
	// The list

	private record Known(String idNumber, String name, String phone, String township) {
	}

	/**
	 * Writes the list: even rows persons of the county (one in ten named by name and phone only, the way
	 * telecom lists come), odd rows strangers with fresh ID numbers, and {@code badRows} spread evenly
	 * (wrong check character, a phone that is no mobile, no name, an impossible date, neither ID nor phone).
	 */
	private Path writeList(ConfigurableApplicationContext app) throws IOException, SQLException {
		Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
		Map<String, String> townships = new HashMap<>();
		for (Jurisdiction t : SystemTask.call(() -> jurisdictions.children(DemoTree.COUNTY))) {
			townships.put(t.code(), t.name());
		}
		List<String> townshipNames = List.copyOf(townships.values());
		List<Known> known = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "")) {
			db.setAutoCommit(false);
			try (Statement sql = db.createStatement()) {
				sql.setFetchSize(10_000);
				try (ResultSet rs = sql.executeQuery("SELECT id_number, name, phone, jurisdiction_path FROM person")) {
					while (rs.next()) {
						String path = rs.getString(4);
						String township = path.split("/")[2];
						known.add(new Known(rs.getString(1), rs.getString(2), rs.getString(3),
								townships.getOrDefault(township, "")));
					}
				}
			}
		}
		Path dir = Path.of("target/bench-lists");
		Files.createDirectories(dir);
		Path csv = dir.resolve("pushed-list-" + rows + ".csv");
		SplittableRandom random = new SplittableRandom(20200203);
		int badEvery = badRows == 0 ? Integer.MAX_VALUE : Math.max(1, rows / badRows);
		int bad = 0;
		int ofCounty = 0;
		long started = System.nanoTime();
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				String name;
				String idNumber;
				String phone;
				String township;
				if (i % 2 == 0 && !known.isEmpty()) {
					Known person = known.get(random.nextInt(known.size()));
					boolean byPhone = person.phone() != null && random.nextInt(10) == 0;
					name = person.name();
					idNumber = byPhone || person.idNumber() == null ? "" : person.idNumber();
					phone = person.phone() == null ? "" : person.phone();
					township = person.township();
					ofCounty++;
				}
				else {
					name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
							+ GIVEN.charAt(random.nextInt(GIVEN.length()))
							+ (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
					idNumber = IdNumber.of(REGIONS[random.nextInt(REGIONS.length)],
							LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000)), random.nextInt(1000)).value();
					phone = "1" + "3456789".charAt(random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
					township = townshipNames.get(random.nextInt(townshipNames.size()));
				}
				String date = LocalDate.of(2020, 1, 10).plusDays(random.nextInt(24)).toString();
				if (i % badEvery == badEvery - 1 && bad < badRows) {
					switch (bad++ % 5) {
						case 0 -> idNumber = idNumber.isEmpty() ? "11010519900101123X"
								: idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
						case 1 -> phone = "2" + phone.substring(Math.min(1, phone.length()));
						case 2 -> name = "";
						case 3 -> date = "2020-02-30";
						default -> {
							idNumber = "";
							phone = "";
						}
					}
				}
				int mode = random.nextInt(MODES.length);
				String vehicle = mode == 0 ? "鄂A" + "%05d".formatted(random.nextInt(100_000))
						: mode == 1 ? "G" + (1000 + random.nextInt(8000)) : "";
				out.write(Integer.toString(i + 1));
				out.write(',');
				out.write(name);
				out.write(',');
				out.write(random.nextBoolean() ? "男" : "女");
				out.write(',');
				out.write(idNumber);
				out.write(',');
				out.write(phone);
				out.write(',');
				out.write(ORIGINS[random.nextInt(ORIGINS.length)]);
				out.write(',');
				out.write(date);
				out.write(',');
				out.write(MODES[mode]);
				out.write(',');
				out.write(vehicle);
				out.write(',');
				out.write("兴文县" + township + "某村" + (1 + random.nextInt(300)) + "号");
				out.write(',');
				out.write(township);
				out.write(",\n");
			}
		}
		say("List written: %s, %,d rows (%,d of persons of the county, %,d bad), %,d bytes in %.1f s", csv, rows,
				ofCounty, bad, Files.size(csv), seconds(System.nanoTime() - started));
		figures.put("list", "%,d rows, %,d bytes of CSV (UTF-8); %,d rows of persons of the county, %,d bad"
			.formatted(rows, Files.size(csv), ofCounty, bad));
		return csv;
	}

	/** The physical limit: the same file into a plain table of its twelve columns, as fast as PostgreSQL takes it. */
	private void copy(Path csv) throws SQLException, IOException {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "")) {
			db.setAutoCommit(false);
			try (Statement sql = db.createStatement()) {
				sql.execute("DROP TABLE IF EXISTS pushed_plain");
				sql.execute("""
						CREATE TABLE pushed_plain (seq TEXT, name TEXT, sex TEXT, id_number TEXT, phone TEXT,
						  origin TEXT, arrival_date TEXT, transport TEXT, vehicle TEXT, address TEXT, township TEXT,
						  note TEXT)""");
			}
			db.commit();
			List<Integer> backend = List.of(backendPid(db));
			double cpuBefore = CpuClock.processSeconds(backend);
			long started = System.nanoTime();
			long copied;
			try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				copied = db.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY pushed_plain FROM STDIN WITH (FORMAT csv, HEADER true)", in);
			}
			db.commit();
			double took = seconds(System.nanoTime() - started);
			copyCpu = CpuClock.processSeconds(backend) - cpuBefore;
			say("COPY: %,d rows in %.2f s: %,.0f rows/s", copied, took, copied / took);
			figures.put("PostgreSQL COPY of the same file", "%,.0f rows/s (%.2f s; PostgreSQL CPU %.1f s)"
				.formatted(copied / took, took, copyCpu));
			copyRate = copied / took;
		}
	}

	private double copyRate;

	private double copyCpu;

	private static int backendPid(Connection db) throws SQLException {
		try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** The backends serving the application's pool: the import's matching and writing run on them. */
	private static Set<Integer> applicationBackends() throws SQLException {
		Set<Integer> pids = new TreeSet<>();
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
				Statement sql = db.createStatement();
				ResultSet rs = sql.executeQuery(
						"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
			while (rs.next()) {
				pids.add(rs.getInt(1));
			}
		}
		return pids;
	}

	private void importList(ConfigurableApplicationContext app, Path csv)
			throws IOException, InterruptedException, SQLException {
		PushedLists lists = app.getBean(PushedLists.class);
		long started = System.nanoTime();
		PushedLists.StagedUpload upload;
		try (InputStream in = Files.newInputStream(csv)) {
			upload = lists.stage(in, csv.getFileName().toString());
		}
		double staging = seconds(System.nanoTime() - started);
		say("Staged (stored and header recognised) in %.2f s", staging);
		Set<Integer> backends = applicationBackends();
		double databaseCpuBefore = CpuClock.processSeconds(backends);
		double jvmCpuBefore = CpuClock.jvmSeconds();
		long submitted = System.nanoTime();
		PushedListView list = lists.submit(upload,
				new PushedListRequest("bench " + rows, LocalDate.now().plusDays(3), null, true), null);
		long running = 0;
		long nextReport = System.nanoTime() + 5_000_000_000L;
		while (list.running()) {
			Thread.sleep(50);
			list = lists.find(list.id());
			if (running == 0 && list.status() != PushedListStatus.QUEUED) {
				running = System.nanoTime();
			}
			if (System.nanoTime() > nextReport) {
				nextReport += 5_000_000_000L;
				say("  %s %d%%: %,d rows, %,d matched (load %s)", list.status(), list.progress(), list.rows(),
						list.matched(), loadAverage());
			}
		}
		double polled = seconds(System.nanoTime() - submitted);
		double jvmCpu = CpuClock.jvmSeconds() - jvmCpuBefore;
		Set<Integer> servedBy = new TreeSet<>(backends);
		servedBy.addAll(applicationBackends());
		// A backend born during the import counts from zero; none ended (the pool keeps its connections).
		double databaseCpu = CpuClock.processSeconds(servedBy) - databaseCpuBefore;
		// From the list's row as the database stamped it, queued to finished: the poll above also pays for
		// the finished list's outcome counts, which are the page's cost, not the import's.
		double took = Duration.between(list.createdAt(), list.finishedAt()).toNanos() / 1e9;
		say("Seen %s after %.2f s of polling", list.status(), polled);
		say("Import %s: %,d rows, %,d accepted, %,d rejected, %,d matched, %,d dispatched in %.2f s", list.status(),
				list.rows(), list.accepted(), list.rejected(), list.matched(), list.dispatched(), took);
		double rate = list.rows() / took;
		figures.put("import status", "%s (%s)".formatted(list.status(), list.failure() == null ? "" : list.failure()));
		figures.put("rows / accepted / rejected", "%,d / %,d / %,d".formatted(list.rows(), list.accepted(),
				list.rejected()));
		figures.put("matched / dispatched", "%,d / %,d".formatted(list.matched(), list.dispatched()));
		figures.put("staging (store the upload, find the header)", "%.2f s".formatted(staging));
		figures.put("validate + match + dispatch (queued to DONE)", "%,.0f rows/s (%.2f s; goal < %.0f s: %s)"
			.formatted(rate, took, GOAL_SECONDS, took < GOAL_SECONDS ? "met" : "MISSED"));
		figures.put("import slower than COPY by", "%.1f×".formatted(copyRate / rate));
		// Less sensitive than the wall clock to what else runs on the shared cores: the work itself.
		figures.put("CPU of the import (JVM incl. polling + PostgreSQL)", "%.1f s + %.1f s = %.1f s (COPY: %.1f s)"
			.formatted(jvmCpu, databaseCpu, jvmCpu + databaseCpu, copyCpu));
		findFinished(lists, list.id());
	}

	/** What the list's page and API pay to show the finished list with its outcome counts: the median of five calls. */
	private void findFinished(PushedLists lists, long id) {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			lists.find(id);
			millis.add((System.nanoTime() - started) / 1e6);
		}
		millis.sort(null);
		say("PushedLists.find on the finished list: %s ms", millis);
		figures.put("PushedLists.find, finished list (median of 5)", "%.1f ms".formatted(millis.get(2)));
	}

	// ---------------------------------------------------------------------------------------------
	// Output

	private void printTable() {
		BenchOutput.printTable("Pushed-list benchmark", figures);
	}
}
