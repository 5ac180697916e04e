package org.bastion.shared;

import java.io.IOException;
import java.io.Reader;

/**
 * CSV text on its way to the parser, each cell cut after a set number of characters: the parser builds
 * every cell in memory, so a 200 MB file that is one cell (or one quoted cell that never closes on a
 * line) would otherwise become a 400 MB string. A cut cell keeps its first {@code maxCell} characters and
 * then {@link #CUT}, so that the row is refused as too long, naming its column, and the rows around it
 * are read as usual.
 *
 * <p>It follows the quoting of Commons CSV's default format: a quote opens a quoted cell only as the
 * cell's first character, {@code ""} inside it is one quote, and separators inside it are text. Quotes
 * are never dropped, so the parser sees the same cells as without the cut.
 */
final class BoundedCells extends Reader {

	/** Stands for the text cut from a cell; a noncharacter, so no real file holds it. */
	static final char CUT = '\uFFFF';

	private final Reader in;

	private final char delimiter;

	private final int maxCell;

	private final char[] input = new char[64 * 1024];

	/** Room for every input character and the one deferred quote. */
	private final char[] output = new char[input.length + 2];

	private int outputStart;

	private int outputEnd;

	private boolean cellStart = true;

	private boolean quoted;

	/** A quote inside a quoted cell, not yet known to close it or to stand for a quote. */
	private boolean quotePending;

	/** Characters of the current cell passed on, {@code maxCell + 1} once it was cut. */
	private int length;

	private boolean ended;

	BoundedCells(Reader in, char delimiter, int maxCell) {
		this.in = in;
		this.delimiter = delimiter;
		this.maxCell = maxCell;
	}

	@Override
	public int read(char[] buffer, int offset, int count) throws IOException {
		if (count == 0) {
			return 0;
		}
		while (outputStart == outputEnd) {
			if (ended) {
				return -1;
			}
			fill();
		}
		int n = Math.min(count, outputEnd - outputStart);
		System.arraycopy(output, outputStart, buffer, offset, n);
		outputStart += n;
		return n;
	}

	/**
	 * Passes a chunk on. The loop keeps its state in locals and takes the common character (outside
	 * quotes, in a cell under the limit) first: this runs for every character of a million-row list.
	 */
	private void fill() throws IOException {
		outputStart = 0;
		outputEnd = 0;
		int n = in.read(input, 0, input.length);
		if (n < 0) {
			ended = true;
			if (quotePending) {
				quotePending = false;
				output[outputEnd++] = '"';
			}
			return;
		}
		char[] from = input;
		char[] to = output;
		int out = 0;
		int cell = length;
		boolean start = cellStart;
		boolean inQuotes = quoted;
		boolean pending = quotePending;
		char separator = delimiter;
		int max = maxCell;
		for (int i = 0; i < n; i++) {
			char c = from[i];
			if (!inQuotes) {
				if (c == separator || c == '\n' || c == '\r') {
					to[out++] = c;
					start = true;
					cell = 0;
				}
				else if (start && c == '"') {
					to[out++] = c;
					start = false;
					inQuotes = true;
				}
				else {
					start = false;
					if (cell < max) {
						to[out++] = c;
						cell++;
					}
					else if (cell == max) {
						to[out++] = CUT;
						cell++;
					}
				}
				continue;
			}
			if (pending) {
				pending = false;
				if (c == '"') {
					// An escaped quote, written as the two quotes it was while the cell is under the limit.
					if (cell < max) {
						to[out++] = '"';
						to[out++] = '"';
						cell++;
					}
					else if (cell == max) {
						to[out++] = CUT;
						cell++;
					}
					continue;
				}
				// The quote closed the cell; what follows is outside it.
				to[out++] = '"';
				inQuotes = false;
				i--;
				continue;
			}
			if (c == '"') {
				pending = true;
			}
			else if (cell < max) {
				to[out++] = c;
				cell++;
			}
			else if (cell == max) {
				to[out++] = CUT;
				cell++;
			}
		}
		outputEnd = out;
		length = cell;
		cellStart = start;
		quoted = inQuotes;
		quotePending = pending;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
