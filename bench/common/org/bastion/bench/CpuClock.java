package org.bastion.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CPU time spent, read beside the wall-clock figures: on two shared cores the wall clock of a step moves
 * with whatever else runs, while the CPU seconds the step itself burned (this JVM, and the PostgreSQL
 * backends that served it) move much less and say whether a change made it do less work.
 */
public final class CpuClock {

	/** Linux's USER_HZ, the unit of /proc/PID/stat's times; 100 on every common kernel. */
	private static final double TICKS_PER_SECOND = 100.0;

	private CpuClock() {
	}

	/** CPU seconds this JVM has used so far, all threads. */
	public static double jvmSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1e9;
		}
		return Double.NaN;
	}

	/** The pids of this machine's processes of that command name ({@code postgres}: the server and all its backends). */
	public static List<Integer> pidsNamed(String command) {
		List<Integer> pids = new ArrayList<>();
		try (var entries = Files.list(Path.of("/proc"))) {
			entries.forEach(entry -> {
				String name = entry.getFileName().toString();
				if (name.chars().allMatch(Character::isDigit)) {
					try {
						if (command.equals(Files.readString(entry.resolve("comm")).strip())) {
							pids.add(Integer.parseInt(name));
						}
					}
					catch (IOException | RuntimeException gone) {
						// Ended meanwhile.
					}
				}
			});
		}
		catch (IOException e) {
			// No /proc: nothing is counted.
		}
		return pids;
	}

	/**
	 * CPU seconds (user and system) the given processes have used so far: PostgreSQL backends on this
	 * machine, by the pids {@code pg_stat_activity} gives. A process that has gone counts as nothing.
	 */
	public static double processSeconds(Collection<Integer> pids) {
		double total = 0;
		for (int pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
				// The command name may hold spaces; the fields after its closing parenthesis are fixed.
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
			}
			catch (IOException | RuntimeException gone) {
				// Not on this machine, or ended: nothing to add.
			}
		}
		return total;
	}
}
