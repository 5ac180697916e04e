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

	private final char[] input = new char[8192];

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
		for (int i = 0; i < n; i++) {
			take(input[i]);
		}
	}

	private void take(char c) {
		if (quotePending) {
			quotePending = false;
			if (c == '"') {
				content('"', true);
				return;
			}
			// The quote closed the cell; what follows is outside it.
			output[outputEnd++] = '"';
			quoted = false;
		}
		if (quoted) {
			if (c == '"') {
				quotePending = true;
			}
			else {
				content(c, false);
			}
			return;
		}
		if (c == delimiter || c == '\n' || c == '\r') {
			output[outputEnd++] = c;
			cellStart = true;
			length = 0;
			return;
		}
		if (cellStart && c == '"') {
			output[outputEnd++] = c;
			cellStart = false;
			quoted = true;
			return;
		}
		cellStart = false;
		content(c, false);
	}

	/** A character of a cell's text; an escaped quote is written as the two quotes it was. */
	private void content(char c, boolean escapedQuote) {
		if (length < maxCell) {
			if (escapedQuote) {
				output[outputEnd++] = '"';
			}
			output[outputEnd++] = c;
			length++;
		}
		else if (length == maxCell) {
			output[outputEnd++] = CUT;
			length++;
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
