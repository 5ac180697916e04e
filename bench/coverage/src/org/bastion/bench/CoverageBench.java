package org.bastion.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.bastion.BastionApplication;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.rounds.CoverageReport;
import org.bastion.rounds.RoundCoverage;
import org.bastion.rounds.RoundOpening;
import org.bastion.rounds.ScreeningRound;
import org.bastion.rounds.ScreeningRounds;
import org.bastion.security.SystemTask;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage of a screening round over a whole county on PostgreSQL: loads the demo county's tree,
 * adds households across its grids, opens a round through the application (timed), spreads outcomes
 * over the visits, then times {@link RoundCoverage} for the county, a township and a village beside a
 * {@code SELECT 1} through the same pool. Prints figures; never fails on time.
 */
public final class CoverageBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String DATABASE = "bastion_bench_cov";

	private static final String COUNTY = "511528";

	private static final String TOWNSHIP = "511528103";

	private final int households;

	private final int samples;

	private final int warmup;

	private CoverageBench(int households, int samples, int warmup) {
		this.households = households;
		this.samples = samples;
		this.warmup = warmup;
	}

	public static void main(String[] args) throws Exception {
		int households = 300_000;
		int samples = 300;
		int warmup = 100;
		for (String arg : args) {
			if (arg.startsWith("--samples=")) {
				samples = Integer.parseInt(arg.substring(10));
			}
			else if (arg.startsWith("--warmup=")) {
				warmup = Integer.parseInt(arg.substring(9));
			}
			else {
				households = Integer.parseInt(arg.replace("_", ""));
			}
		}
		new CoverageBench(households, samples, warmup).run();
	}

	private void run() throws Exception {
		recreateDatabase();
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = start()) {
			say("Bastion started with the demo county in %.1f s", (System.nanoTime() - started) / 1e9);
			Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
			List<Jurisdiction> nodes = SystemTask.call(() -> jurisdictions.subtree(COUNTY));
			List<Jurisdiction> grids = nodes.stream().filter(n -> n.level() == JurisdictionLevel.GRID).toList();
			String village = nodes.stream()
				.filter(n -> n.level() == JurisdictionLevel.VILLAGE && TOWNSHIP.equals(n.parentCode()))
				.findFirst()
				.orElseThrow()
				.code();
			long t = System.nanoTime();
			insertHouseholds(grids);
			say("%,d households inserted across %,d grids in %.1f s (plain batched INSERT)", households, grids.size(),
					(System.nanoTime() - t) / 1e9);

			ScreeningRounds rounds = app.getBean(ScreeningRounds.class);
			t = System.nanoTime();
			ScreeningRound round = SystemTask
				.call(() -> rounds.open(new RoundOpening(COUNTY, LocalDate.now().plusDays(3), "bench", null)));
			double openSeconds = (System.nanoTime() - t) / 1e9;
			say("Round opened over the county: %,d visits in %.2f s (%,.0f visits/s)", round.households(), openSeconds,
					round.households() / openSeconds);
			spreadOutcomes(round.id());

			RoundCoverage coverage = app.getBean(RoundCoverage.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			List<String[]> table = new ArrayList<>();
			table.add(row("SELECT 1 (same pool)", time(() -> jdbc.sql("SELECT 1").query(Integer.class).single())));
			for (String[] area : List.of(new String[] { "county " + COUNTY, COUNTY },
					new String[] { "township " + TOWNSHIP, TOWNSHIP }, new String[] { "village " + village, village })) {
				Latency latency = time(() -> SystemTask.call(() -> coverage.of(round.id(), area[1])));
				CoverageReport report = SystemTask.call(() -> coverage.of(round.id(), area[1]));
				table.add(row("coverage, " + area[0] + " (" + report.node().households() + " households, "
						+ report.children().size() + " children)", latency));
			}
			say("");
			say("%-62s %10s %10s %10s", "", "p50 ms", "p95 ms", "max ms");
			for (String[] line : table) {
				say("%-62s %10s %10s %10s", line[0], line[1], line[2], line[3]);
			}
			say("");
			say("EXPLAIN (ANALYZE) of the county's grouped count:");
			explain(round.id());
		}
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
				"--spring.datasource.password=", "--server.port=0", "--bastion.demo.enabled=true",
				"--bastion.demo.persons=1000", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.bastion=WARN", "--spring.jmx.enabled=false");
	}

	/** Households straight into the people module's table: the bench's set-up, not the application's way. */
	private void insertHouseholds(List<Jurisdiction> grids) throws SQLException {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE + "?reWriteBatchedInserts=true", "postgres", "")) {
			db.setAutoCommit(false);
			try (PreparedStatement insert = db.prepareStatement(
					"INSERT INTO household (jurisdiction_code, jurisdiction_path, address) VALUES (?, ?, ?)")) {
				for (int i = 0; i < households; i++) {
					Jurisdiction grid = grids.get(i % grids.size());
					insert.setString(1, grid.code());
					insert.setString(2, grid.path().value());
					insert.setString(3, grid.name() + (i / grids.size() + 1) + "号");
					insert.addBatch();
					if (i % 5_000 == 4_999) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			db.commit();
			try (Statement analyze = db.createStatement()) {
				analyze.execute("ANALYZE household");
			}
		}
	}

	/** A round half walked: most visited, some with returnees, nobody home, refused, the rest pending. */
	private void spreadOutcomes(long roundId) throws SQLException {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
				Statement sql = db.createStatement()) {
			sql.executeUpdate("""
					UPDATE household_visit SET status = CASE
					  WHEN id % 100 < 55 THEN 'VISITED_NO_RETURNEES' WHEN id % 100 < 62 THEN 'VISITED_WITH_RETURNEES'
					  WHEN id % 100 < 70 THEN 'NOBODY_HOME' WHEN id % 100 < 71 THEN 'REFUSED' ELSE 'PENDING' END
					WHERE round_id = """ + roundId);
			sql.execute("VACUUM ANALYZE household_visit");
		}
	}

	private void explain(long roundId) throws SQLException {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "");
				Statement sql = db.createStatement();
				ResultSet plan = sql.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT jurisdiction_path, status, COUNT(*) "
						+ "FROM household_visit WHERE round_id = " + roundId + " AND jurisdiction_path LIKE '/" + COUNTY
						+ "/%' GROUP BY jurisdiction_path, status")) {
			while (plan.next()) {
				say("  %s", plan.getString(1));
			}
		}
	}

	private Latency time(Supplier<?> work) {
		for (int i = 0; i < warmup; i++) {
			work.get();
		}
		Latency latency = new Latency(samples);
		for (int i = 0; i < samples; i++) {
			long t = System.nanoTime();
			work.get();
			latency.add(System.nanoTime() - t);
		}
		return latency;
	}

	private static String[] row(String what, Latency latency) {
		return new String[] { what, "%.2f".formatted(latency.percentile(50)), "%.2f".formatted(latency.percentile(95)),
				"%.2f".formatted(latency.percentile(100)) };
	}

	private static void say(String format, Object... args) {
		System.out.println(args.length == 0 ? format : format.formatted(args));
	}

	private static final class Latency {

		private final long[] nanos;

		private int count;

		Latency(int capacity) {
			this.nanos = new long[capacity];
		}

		void add(long took) {
			nanos[count++] = took;
		}

		double percentile(int p) {
			long[] sorted = Arrays.copyOf(nanos, count);
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.clamp(rank, 0, sorted.length - 1)] / 1e6;
		}
	}
}
