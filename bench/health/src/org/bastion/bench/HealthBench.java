package org.bastion.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.bastion.BastionApplication;
import org.bastion.health.BatchCheck;
import org.bastion.health.BatchOutcome;
import org.bastion.health.HealthChecks;
import org.bastion.health.MonitorLists;
import org.bastion.health.NewCheck;
import org.bastion.health.NewObservation;
import org.bastion.health.ObservationKind;
import org.bastion.health.ObservationReason;
import org.bastion.health.ObservationView;
import org.bastion.health.Observations;
import org.bastion.security.SystemTask;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading ingestion on PostgreSQL: checks recorded through {@link HealthChecks} one by one and in
 * batches (every rule, slot, last-check and alert update included), then the same number of rows of
 * the same shape into the same partitioned table with a plain batched {@code INSERT}, and the county's
 * missed checks once the readings are in. Prints figures; never fails on time.
 */
public final class HealthBench {

	private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String DATABASE = "bastion_bench_health";

	private static final String COUNTY = "511528";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final int readings;

	private final int single;

	private final int orders;

	private final int batch;

	private final SplittableRandom random = new SplittableRandom(2020);

	private HealthBench(int readings, int single, int orders, int batch) {
		this.readings = readings;
		this.single = single;
		this.orders = orders;
		this.batch = batch;
	}

	public static void main(String[] args) throws Exception {
		int readings = 200_000;
		int single = 20_000;
		int orders = 5_000;
		int batch = 500;
		for (String arg : args) {
			if (arg.startsWith("--single=")) {
				single = Integer.parseInt(arg.substring(9).replace("_", ""));
			}
			else if (arg.startsWith("--orders=")) {
				orders = Integer.parseInt(arg.substring(9).replace("_", ""));
			}
			else if (arg.startsWith("--batch=")) {
				batch = Integer.parseInt(arg.substring(8));
			}
			else {
				readings = Integer.parseInt(arg.replace("_", ""));
			}
		}
		new HealthBench(readings, single, orders, batch).run();
	}

	/** An order as the bench uses it: the days it may take readings on. */
	private record Order(long id, long personId, LocalDate start, String path) {
	}

	private void run() throws Exception {
		recreateDatabase();
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = start()) {
			say("Bastion started with the demo county (%,d persons) in %.1f s", orders, (System.nanoTime() - started) / 1e9);
			List<Order> open = openOrders(app);
			HealthChecks checks = app.getBean(HealthChecks.class);
			LocalDate today = LocalDate.now(ZONE);

			long t = System.nanoTime();
			SystemTask.run(() -> {
				for (int i = 0; i < single; i++) {
					Order order = open.get(random.nextInt(open.size()));
					checks.record(order.id(), new NewCheck(UUID.randomUUID().toString(), day(order, today), null,
							temperature(), List.of()));
				}
			});
			double singleSeconds = (System.nanoTime() - t) / 1e9;

			t = System.nanoTime();
			int[] refused = { 0 };
			SystemTask.run(() -> {
				for (int done = 0; done < readings; done += batch) {
					List<BatchCheck> items = new ArrayList<>(batch);
					for (int i = 0; i < Math.min(batch, readings - done); i++) {
						Order order = open.get(random.nextInt(open.size()));
						items.add(new BatchCheck(order.id(), UUID.randomUUID().toString(), day(order, today),
								1 + random.nextInt(2), temperature(), List.of()));
					}
					for (BatchOutcome outcome : checks.recordBatch(items)) {
						if (outcome.status() != 201) {
							refused[0]++;
						}
					}
				}
			});
			double batchSeconds = (System.nanoTime() - t) / 1e9;

			t = System.nanoTime();
			plainInsert(open, today);
			double plainSeconds = (System.nanoTime() - t) / 1e9;

			MonitorLists lists = app.getBean(MonitorLists.class);
			t = System.nanoTime();
			int missed = SystemTask.call(() -> lists.missed(today.minusDays(1), COUNTY, false)).size();
			double missedMs = (System.nanoTime() - t) / 1e6;
			long[] missedSamples = new long[20];
			for (int i = 0; i < missedSamples.length; i++) {
				long s = System.nanoTime();
				SystemTask.call(() -> lists.missed(today.minusDays(1), COUNTY, false));
				missedSamples[i] = System.nanoTime() - s;
			}
			Arrays.sort(missedSamples);
			long total = app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM health_reading").query(Long.class).single();

			say("");
			say("%-58s %12s %12s", "", "readings", "per second");
			say("%-58s %,12d %,12.0f", "HealthChecks.record, one by one (one transaction each)", single, single / singleSeconds);
			say("%-58s %,12d %,12.0f", "HealthChecks.recordBatch, " + batch + " per call", readings, readings / batchSeconds);
			say("%-58s %,12d %,12.0f", "plain batched INSERT, " + batch + " per batch and commit", readings, readings / plainSeconds);
			say("");
			say("Batch refusals: %,d (expected 0). Readings in the table: %,d.", refused[0], total);
			say("Ratio plain / batched service: %.1f; batched / one by one: %.1f", (readings / plainSeconds)
					/ (readings / batchSeconds), (readings / batchSeconds) / (single / singleSeconds));
			say("Missed checks yesterday, county: %,d slots; first call %.1f ms, p50 %.1f ms, max %.1f ms of %d", missed,
					missedMs, missedSamples[missedSamples.length / 2] / 1e6, missedSamples[missedSamples.length - 1] / 1e6,
					missedSamples.length);
		}
	}

	private List<Order> openOrders(ConfigurableApplicationContext app) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		List<Long> persons = jdbc.sql("SELECT id FROM person ORDER BY id LIMIT ?").param(orders).query(Long.class).list();
		Observations observations = app.getBean(Observations.class);
		LocalDate today = LocalDate.now(ZONE);
		long t = System.nanoTime();
		List<Order> open = new ArrayList<>(persons.size());
		SystemTask.run(() -> {
			for (long person : persons) {
				LocalDate start = today.minusDays(random.nextInt(14));
				ObservationView order = observations.create(new NewObservation(person, ObservationKind.HOME, start,
						ObservationReason.ARRIVAL_FROM_RISK_AREA, null, null, null, null));
				open.add(new Order(order.id(), person, start, null));
			}
		});
		say("%,d orders opened through Observations.create (28 slots each) in %.1f s", open.size(),
				(System.nanoTime() - t) / 1e9);
		return jdbc.sql("SELECT id, person_id, start_date, jurisdiction_path FROM observation")
			.query((rs, n) -> new Order(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
			.list();
	}

	/** The same kind of row the service writes, into the same table, without any of its rules. */
	private void plainInsert(List<Order> open, LocalDate today) throws SQLException {
		try (Connection db = DriverManager.getConnection(HOST + DATABASE, "postgres", "")) {
			db.setAutoCommit(false);
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO health_reading (observation_id, reading_date, slot, person_id, temperature, symptoms, source,
					  client_id, recorded_by, recorded_at, jurisdiction_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int i = 0; i < readings; i++) {
					Order order = open.get(random.nextInt(open.size()));
					insert.setLong(1, order.id());
					insert.setObject(2, day(order, today), Types.DATE);
					insert.setInt(3, 1 + random.nextInt(2));
					insert.setLong(4, order.personId());
					insert.setBigDecimal(5, temperature());
					insert.setString(6, "");
					insert.setString(7, "STAFF");
					insert.setString(8, UUID.randomUUID().toString());
					insert.setString(9, "plain");
					insert.setTimestamp(10, Timestamp.from(Instant.now()));
					insert.setString(11, order.path());
					insert.addBatch();
					if (i % batch == batch - 1) {
						insert.executeBatch();
						db.commit();
					}
				}
				insert.executeBatch();
				db.commit();
			}
		}
	}

	/** A day of the order that has come. */
	private LocalDate day(Order order, LocalDate today) {
		long days = today.toEpochDay() - order.start().toEpochDay() + 1;
		return order.start().plusDays(random.nextInt((int) Math.min(days, 14)));
	}

	/** Mostly normal; about one in a hundred a fever, which opens (or joins) an alert. */
	private BigDecimal temperature() {
		return random.nextInt(100) == 0 ? new BigDecimal("38.1") : BigDecimal.valueOf(360 + random.nextInt(12), 1);
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
				"--bastion.demo.persons=" + orders, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.bastion=WARN", "--spring.jmx.enabled=false");
	}

	private static void say(String format, Object... args) {
		System.out.println(args.length == 0 ? format : format.formatted(args));
	}
}
