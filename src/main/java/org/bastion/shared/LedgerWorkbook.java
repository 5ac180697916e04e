package org.bastion.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a ledger (台账) as county offices print them: a title across the table, a line with the
 * unit, date and person in charge, then the header row and the rows. Streams, so a ledger of a
 * million rows costs no more memory than one of ten.
 */
public final class LedgerWorkbook {

	/** What stands above the table. */
	public record Heading(String title, String unitLabel, String unit, String dateLabel, String date,
			String personLabel, String person) {
	}

	private LedgerWorkbook() {
	}

	/**
	 * @param rows each row's cells in column order: text, numbers and dates are written as such;
	 * anything else as its text
	 */
	public static void write(OutputStream out, String sheetName, Heading heading, List<String> columns,
			Iterable<? extends List<?>> rows) {
		try {
			Workbook workbook = new Workbook(out, "Bastion", "1.0");
			Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
			int last = Math.max(columns.size() - 1, 0);
			sheet.value(0, 0, heading.title());
			sheet.range(0, 0, 0, last).merge();
			sheet.range(0, 0, 0, last).style().bold().fontSize(14).horizontalAlignment("center").set();
			sheet.value(1, 0, heading.unitLabel() + "：" + nullToEmpty(heading.unit()) + "    " + heading.dateLabel()
					+ "：" + nullToEmpty(heading.date()) + "    " + heading.personLabel() + "：" + nullToEmpty(heading.person()));
			sheet.range(1, 0, 1, last).merge();
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(2, c, columns.get(c));
				sheet.width(c, Math.max(10, Math.min(40, columns.get(c).length() * 2.5 + 4)));
			}
			sheet.range(2, 0, 2, last).style().bold().fillColor("EEEEEE").borderStyle("thin").set();
			int r = 3;
			for (List<?> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					cell(sheet, r, c, row.get(c));
				}
				r++;
				if (r % 10_000 == 0) {
					sheet.flush();
				}
			}
			sheet.freezePane(0, 3);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(Worksheet sheet, int r, int c, Object value) {
		switch (value) {
			case null -> {
			}
			case Number number -> sheet.value(r, c, number);
			case LocalDate date -> {
				sheet.value(r, c, date);
				sheet.style(r, c).format("yyyy-mm-dd").set();
			}
			case LocalDateTime time -> {
				sheet.value(r, c, time);
				sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
			}
			case Boolean flag -> sheet.value(r, c, flag);
			// ID numbers and phones must stay text, or Excel turns them into 5.11528E+17.
			default -> sheet.value(r, c, defuse(value.toString()));
		}
	}

	/** A cell starting with = + - @ would run as a formula in Excel: keep it text. */
	public static String defuse(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static String safeSheetName(String name) {
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
