package org.bastion.pushedlists;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as offices write it in a list: 2020-02-03, 2020/2/3, 2020.2.3, 2020年2月3日, 20200203,
 * with or without a time after it, in full-width digits too, or as the day number Excel stores for a
 * date cell (43864 is 2020-02-03).
 */
final class ListImportDates {

	private static final Pattern YEAR_MONTH_DAY = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT].*)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern EXCEL_DAY = Pattern.compile("(\\d{5})(?:\\.\\d+)?");

	// Excel counts days from 1899-12-30 (its 1900 leap-year bug shifts the origin by one day).
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	// Day numbers between 1982 and 2064: anything else in a date column is not a date someone meant.
	private static final int EXCEL_FIRST = 30_000;

	private static final int EXCEL_LAST = 60_000;

	private ListImportDates() {
	}

	/** @return empty when the text is no date, or names a day that does not exist (2020-02-30) */
	static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		try {
			Matcher m = YEAR_MONTH_DAY.matcher(folded);
			if (m.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
			}
			m = COMPACT.matcher(folded);
			if (m.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
			}
			m = EXCEL_DAY.matcher(folded);
			if (m.matches()) {
				int day = Integer.parseInt(m.group(1));
				if (day >= EXCEL_FIRST && day <= EXCEL_LAST) {
					return Optional.of(EXCEL_EPOCH.plusDays(day));
				}
			}
		}
		catch (DateTimeException noSuchDay) {
			return Optional.empty();
		}
		return Optional.empty();
	}
}
