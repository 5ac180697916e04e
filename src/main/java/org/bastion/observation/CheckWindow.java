package org.bastion.observation;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The time of day a check is expected, e.g. 08:00-12:00; slot 1 is the first window of the day. */
public record CheckWindow(LocalTime start, LocalTime end) {

	/** At most this many checks a day (employees were checked three times a day). */
	public static final int MAX_PER_DAY = 3;

	/** Lists of windows parsed so far, a few hundred at most. */
	private static final int PARSED_KEPT = 256;

	private static final Map<String, List<CheckWindow>> PARSED = new ConcurrentHashMap<>();

	public CheckWindow {
		if (start == null || end == null || !start.isBefore(end)) {
			throw new IllegalArgumentException("A check window starts before it ends: " + start + "-" + end);
		}
	}

	/** Reads {@code 08:00-12:00}. */
	public static CheckWindow parse(String text) {
		String[] parts = text.strip().split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Not a check window: " + text);
		}
		try {
			return new CheckWindow(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Not a check window: " + text, e);
		}
	}

	/**
	 * Reads a stored list, {@code 08:00-12:00,14:00-18:00}. Every order read carries one and a deployment
	 * has a handful of distinct lists, so each is parsed once: parsing times was a fifth of reading the
	 * orders of a phone's batch.
	 */
	public static List<CheckWindow> parseAll(String column) {
		List<CheckWindow> known = PARSED.get(column);
		if (known != null) {
			return known;
		}
		List<CheckWindow> parsed = Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(CheckWindow::parse).toList();
		if (PARSED.size() < PARSED_KEPT) {
			PARSED.put(column, parsed);
		}
		return parsed;
	}

	public static String formatAll(List<CheckWindow> windows) {
		return windows.stream().map(CheckWindow::toString).collect(Collectors.joining(","));
	}

	/**
	 * Windows in order that do not overlap, one to {@link #MAX_PER_DAY} of them.
	 *
	 * @return false when the list breaks a rule
	 */
	public static boolean validDay(List<CheckWindow> windows) {
		if (windows.isEmpty() || windows.size() > MAX_PER_DAY) {
			return false;
		}
		for (int i = 1; i < windows.size(); i++) {
			if (windows.get(i).start().isBefore(windows.get(i - 1).end())) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return start + "-" + end;
	}
}
