package org.bastion.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The physical limit of a request: the statements it ran, replayed one after the other on a plain JDBC
 * connection (prepared once, values bound as text for the server to type, every row read), on as many
 * connections as wrk had, for the same time.
 */
final class Replay {

	private Replay() {
	}

	/**
	 * @param meanPerStatement the mean time of each statement, ms, in the request's order
	 */
	record Result(int statements, double p50, double p99, double perSecond, List<Double> meanPerStatement) {
	}

	static Result run(String url, List<CapturedSql.Statement> statements, int connections, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Long> samples = Collections.synchronizedList(new ArrayList<>());
		long[] perStatement = new long[statements.size()];
		try (ExecutorService threads = Executors.newFixedThreadPool(connections)) {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < connections; c++) {
				running.add(threads.submit(() -> {
					try (Connection db = DriverManager.getConnection(url + "?stringtype=unspecified", "postgres", "")) {
						List<PreparedStatement> prepared = new ArrayList<>();
						for (CapturedSql.Statement statement : statements) {
							prepared.add(db.prepareStatement(statement.sql()));
						}
						List<Long> mine = new ArrayList<>();
						long[] mineByStatement = new long[statements.size()];
						while (System.nanoTime() < end) {
							long t = System.nanoTime();
							for (int i = 0; i < statements.size(); i++) {
								long s = System.nanoTime();
								execute(prepared.get(i), statements.get(i).params());
								mineByStatement[i] += System.nanoTime() - s;
							}
							mine.add(System.nanoTime() - t);
						}
						samples.addAll(mine);
						synchronized (perStatement) {
							for (int i = 0; i < perStatement.length; i++) {
								perStatement[i] += mineByStatement[i];
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return new Result(statements.size(), 0, 0, 0, List.of());
		}
		List<Double> means = new ArrayList<>();
		for (long total : perStatement) {
			means.add(total / 1e6 / sorted.size());
		}
		return new Result(statements.size(), sorted.get(sorted.size() / 2) / 1e6,
				sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6,
				sorted.size() / (double) seconds, means);
	}

	private static void execute(PreparedStatement statement, List<String> params) throws SQLException {
		for (int p = 0; p < params.size(); p++) {
			if (params.get(p) == null) {
				statement.setNull(p + 1, Types.VARCHAR);
			}
			else {
				statement.setString(p + 1, params.get(p));
			}
		}
		try (ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int c = 1; c <= columns; c++) {
					rows.getObject(c);
				}
			}
		}
	}
}
