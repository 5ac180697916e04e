package org.bastion.pushedlists;

import java.util.List;

import org.bastion.shared.TabularFile;

/**
 * Finds the header row of a pushed list wherever it sits: offices put a merged title, a line with
 * the sender and the deadline, sometimes a blank row above it. The header is the first of the top rows
 * that names at least two known columns; failing that, the first row as wide as the table, which the
 * user then maps by hand.
 */
final class HeaderRecognition {

	/** Rows searched for the header: title blocks are a few lines, never a page. */
	public static final int SEARCH_ROWS = 20;

	private static final int KNOWN_COLUMNS_FOR_A_HEADER = 2;

	private HeaderRecognition() {
	}

	/**
	 * @param headerLine the header's line or row number as the file counts them; rows up to it are not data
	 * @param headerCells the header row as written
	 * @param columns what was recognised in it
	 * @param recognised whether the row was recognised as a header rather than guessed from its width
	 */
	public record Result(int headerLine, List<String> headerCells, ListColumns columns, boolean recognised) {
	}

	/**
	 * @param top the first rows of the file, at most {@link #SEARCH_ROWS} are looked at
	 * @return null when the rows hold nothing but blanks
	 */
	public static Result recognise(List<TabularFile.Line> top) {
		List<TabularFile.Line> rows = top.subList(0, Math.min(top.size(), SEARCH_ROWS));
		for (TabularFile.Line row : rows) {
			ListColumns columns = ListColumns.fromHeader(row.cells());
			if (columns.indexes().size() >= KNOWN_COLUMNS_FOR_A_HEADER) {
				return new Result(row.number(), row.cells(), columns, true);
			}
		}
		TabularFile.Line widest = null;
		for (TabularFile.Line row : rows) {
			if (widest == null || filled(row) > filled(widest)) {
				widest = row;
			}
		}
		if (widest == null || filled(widest) == 0) {
			return null;
		}
		return new Result(widest.number(), widest.cells(), ListColumns.fromHeader(widest.cells()), false);
	}

	private static long filled(TabularFile.Line row) {
		return row.cells().stream().filter(cell -> !cell.isBlank()).count();
	}
}
