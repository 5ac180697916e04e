package org.bastion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * What every benchmark prints: timestamped progress, the machine's load beside each figure (the VM's
 * two cores are shared, so a figure without its load cannot be read), and a closing table of figures.
 * Compiled with each benchmark's own sources by {@code bench/lib.sh} and {@code bench/run-people.sh}.
 */
public final class BenchOutput {

	private BenchOutput() {
	}

	/** A progress line, stamped with the time of day. */
	public static void say(String format, Object... args) {
		System.out.println("[bench " + LocalDateTime.now().toLocalTime().withNano(0) + "] "
				+ String.format(Locale.ROOT, format, args));
	}

	/** The 1-, 5- and 15-minute load averages, or "?" where the system does not tell. */
	public static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	public static double seconds(long nanos) {
		return nanos / 1e9;
	}

	/** The figures as an aligned two-column table under a title. */
	public static void printTable(String title, Map<String, String> figures) {
		int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
		String rule = "=".repeat(title.length() + 2 * 16 + 2);
		StringBuilder out = new StringBuilder("\n").append("=".repeat(16)).append(' ').append(title).append(' ')
			.append("=".repeat(16)).append('\n');
		figures.forEach((k, v) -> out.append("  ").append(k).append(" ".repeat(width - k.length())).append("  ")
			.append(v).append('\n'));
		out.append(rule).append('\n');
		System.out.print(out);
	}
}
