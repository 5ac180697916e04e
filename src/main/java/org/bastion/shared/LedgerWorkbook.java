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
 * unit, date and person in charge, then the header row (under a row of merged group headers, when the
 * columns come in groups), the rows, and lines below the table (totals' notes, signature lines). Streams,
 * so a ledger of a million rows costs no more memory than one of ten.
 */
public final class LedgerWorkbook {

	/** What stands above the table. */
	public record Heading(String title, String unitLabel, String unit, String dateLabel, String date,
			String personLabel, String person) {
	}

	/** A header over {@code span} adjacent columns, merged across them; an empty label leaves them blank. */
	public record ColumnGroup(String label, int span) {

		public ColumnGroup {
			if (span < 1) {
				throw new IllegalArgumentException("A column group spans at least one column: " + span);
			}
		}
	}

	private LedgerWorkbook() {
	}

	/**
	 * @param rows each row's cells in column order: text, numbers and dates are written as such;
	 * anything else as its text
	 */
	public static void write(OutputStream out, String sheetName, Heading heading, List<String> columns,
			Iterable<? extends List<?>> rows) {
		write(out, sheetName, heading, List.of(), columns, rows, List.of());
	}

	/**
	 * @param groups the headers above the columns, left to right, spanning them all; none for a single
	 * header row
	 * @param below lines written after the table and a blank row: a line of one cell spans the table's width
	 * (a signature line), a longer one is written cell by cell
	 */
	public static void write(OutputStream out, String sheetName, Heading heading, List<ColumnGroup> groups,
			List<String> columns, Iterable<? extends List<?>> rows, List<? extends List<?>> below) {
		int spanned = groups.stream().mapToInt(ColumnGroup::span).sum();
		if (!groups.isEmpty() && spanned != columns.size()) {
			throw new IllegalArgumentException("The groups span " + spanned + " columns of " + columns.size());
		}
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
			int header = 2;
			if (!groups.isEmpty()) {
				int c = 0;
				for (ColumnGroup group : groups) {
					sheet.value(header, c, group.label());
					if (group.span() > 1) {
						sheet.range(header, c, header, c + group.span() - 1).merge();
					}
					c += group.span();
				}
				sheet.range(header, 0, header, last).style().bold().fillColor("DDDDDD").horizontalAlignment("center")
					.borderStyle("thin").set();
				header++;
			}
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(header, c, columns.get(c));
				sheet.width(c, Math.max(10, Math.min(40, columns.get(c).length() * 2.5 + 4)));
			}
			sheet.range(header, 0, header, last).style().bold().fillColor("EEEEEE").borderStyle("thin").set();
			int r = header + 1;
			for (List<?> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					cell(sheet, r, c, row.get(c));
				}
				r++;
				if (r % 10_000 == 0) {
					sheet.flush();
				}
			}
			r++;
			for (List<?> line : below) {
				for (int c = 0; c < line.size(); c++) {
					cell(sheet, r, c, line.get(c));
				}
				if (line.size() == 1 && last > 0) {
					sheet.range(r, 0, r, last).merge();
				}
				r++;
			}
			sheet.freezePane(0, header + 1);
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
