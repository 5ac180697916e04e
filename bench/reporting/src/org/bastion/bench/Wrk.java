package org.bastion.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of {@code wrk} against a URL with the bearer-token script, and what it printed. */
final class Wrk {

	private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)", Pattern.MULTILINE);

	private static final Pattern COUNT = Pattern.compile("^\\s*([0-9]+) requests in", Pattern.MULTILINE);

	private static final Pattern FAILED = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

	private Wrk() {
	}

	/**
	 * @param p50 median latency, ms
	 * @param p99 99th percentile, ms
	 * @param failed answers that were not 2xx or 3xx, and socket errors
	 */
	record Result(double p50, double p99, double perSecond, long requests, long failed, String output) {
	}

	static Result run(String url, Path script, int connections, int seconds) throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder(List.of("wrk", "-t" + Math.min(connections, 2), "-c" + connections, "-d" + seconds + "s",
				"--timeout", "60s", "--latency", "-s", script.toString(), url)).redirectErrorStream(true).start();
		String output = ReportingBench.utf8(wrk.getInputStream().readAllBytes());
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		double p50 = Double.NaN;
		double p99 = Double.NaN;
		Matcher m = PERCENTILE.matcher(output);
		while (m.find()) {
			double ms = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
				case "us" -> 0.001;
				case "ms" -> 1.0;
				case "s" -> 1000.0;
				default -> 60_000.0;
			};
			if (m.group(1).equals("50")) {
				p50 = ms;
			}
			else {
				p99 = ms;
			}
		}
		Matcher rate = RATE.matcher(output);
		Matcher count = COUNT.matcher(output);
		Matcher failed = FAILED.matcher(output);
		long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
		Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
		if (socket.find()) {
			for (int g = 1; g <= 4; g++) {
				errors += Long.parseLong(socket.group(g));
			}
		}
		if (!rate.find() || !count.find() || Double.isNaN(p50)) {
			throw new IllegalStateException("Cannot read wrk's output: " + output);
		}
		return new Result(p50, p99, Double.parseDouble(rate.group(1)), Long.parseLong(count.group(1)), errors, output);
	}
}
