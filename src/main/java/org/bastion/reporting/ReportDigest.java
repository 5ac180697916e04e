package org.bastion.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily reports of a place for one report date, as another module reads them (command's evening review):
 * how many units were to report, how many did (late, zero), the units still missing by name, and the place's
 * figures of the date summed up the tree, in the report's order.
 *
 * @param missingUnits the names of the units still missing, the first {@link ReportDigests#MISSING_NAMED}
 * @param moreMissing how many more are missing than {@code missingUnits} names
 */
public record ReportDigest(String jurisdictionCode, String placeName, LocalDate date, int expected, int reported,
		int late, int zero, List<String> missingUnits, int moreMissing, List<FigureValue> figures) {

	public ReportDigest {
		missingUnits = List.copyOf(missingUnits);
		figures = List.copyOf(figures);
	}

	public int missing() {
		return expected - reported;
	}

	/** The value of a figure by its key, or null when no module defines it. */
	public Long value(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).map(FigureValue::value).findFirst().orElse(null);
	}

	/**
	 * One figure of the date: its key (labelled by the message {@code figure.<key>}), its group, whether it
	 * is a stock standing at the window's end rather than a count of the window, and its value.
	 */
	public record FigureValue(String key, String group, boolean stock, long value) {
	}
}
