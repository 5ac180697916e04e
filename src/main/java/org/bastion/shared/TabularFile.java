package org.bastion.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the spreadsheets county staff exchange, row by row, as text cells: xlsx (first sheet),
 * or CSV in UTF-8 (with or without BOM) or GBK/GB18030, told apart by content, not by name.
 */
public final class TabularFile {

	/** A row as read, with its 1-based line (CSV) or row number (xlsx) for error reports. */
	public record Line(int number, List<String> cells) {

		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : "";
		}

		public boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	/** The file is not something Bastion can read as a table. */
	public static class UnreadableFileException extends BastionException {

		public UnreadableFileException(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final int SNIFF = 64 * 1024;

	private TabularFile() {
	}

	/** Calls {@code each} for every row of the file in order; blank rows are passed too. */
	public static void read(InputStream input, Consumer<Line> each) {
		try (BufferedInputStream in = new BufferedInputStream(input, SNIFF)) {
			in.mark(SNIFF);
			byte[] head = in.readNBytes(SNIFF);
			in.reset();
			if (head.length == 0) {
				throw new UnreadableFileException("file.empty");
			}
			if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				readXlsx(in, each);
			}
			else if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
				throw new UnreadableFileException("file.xls");
			}
			else if (looksBinary(head)) {
				throw new UnreadableFileException("file.notTable");
			}
			else {
				readCsv(in, charsetOf(head), each);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("file.notTable");
		}
	}

	/**
	 * The first {@code count} rows only, without reading the rest: for recognising the header of a file
	 * of a million rows before deciding how to import it.
	 */
	public static List<Line> head(InputStream input, int count) {
		List<Line> lines = new ArrayList<>(count);
		try {
			read(input, line -> {
				lines.add(line);
				if (lines.size() >= count) {
					throw new EnoughRows();
				}
			});
		}
		catch (EnoughRows enough) {
			// The rows wanted are in; the rest of the file is not needed.
		}
		return lines;
	}

	/** All rows at once, for files known to be small (a jurisdiction tree). */
	public static List<Line> readAll(InputStream input) {
		List<Line> lines = new ArrayList<>();
		read(input, lines::add);
		return lines;
	}

	private static void readXlsx(InputStream in, Consumer<Line> each) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Sheet sheet = workbook.getFirstSheet();
			try (var rows = sheet.openStream()) {
				rows.forEach(row -> passOn(each, new Line(row.getRowNum(), cells(row))));
			}
		}
		catch (CallerFailure failure) {
			throw failure.getCause();
		}
		catch (RuntimeException broken) {
			throw new UnreadableFileException("file.notTable");
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			cells.add(cell == null ? "" : text(cell));
		}
		return cells;
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> {
				var number = cell.asNumber();
				yield number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
						: number.stripTrailingZeros().toPlainString();
			}
			case EMPTY -> "";
			default -> cell.getText() == null ? "" : cell.getText().trim();
		};
	}

	private static void readCsv(InputStream in, Charset charset, Consumer<Line> each) throws IOException {
		// Buffered first: a bare InputStreamReader cannot mark, and the BOM check needs to step back.
		Reader reader = new java.io.BufferedReader(new InputStreamReader(in, charset));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
		try {
			for (CSVRecord record : format.parse(reader)) {
				passOn(each, new Line((int) record.getRecordNumber(), Arrays.asList(record.values())));
			}
		}
		catch (CallerFailure failure) {
			throw failure.getCause();
		}
		catch (java.io.UncheckedIOException | IllegalStateException malformed) {
			throw new UnreadableFileException("file.malformedCsv");
		}
	}

	/**
	 * Hands a row to the caller. What the caller throws (a database failure while importing, say) is
	 * tunnelled past the handlers below, which would otherwise report it as an unreadable file.
	 */
	private static void passOn(Consumer<Line> each, Line line) {
		try {
			each.accept(line);
		}
		catch (RuntimeException thrown) {
			throw new CallerFailure(thrown);
		}
	}

	private static final class CallerFailure extends RuntimeException {

		CallerFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}
	}

	/** Stops {@link #head} once it has its rows. */
	private static final class EnoughRows extends RuntimeException {

		EnoughRows() {
			super(null, null, false, false);
		}
	}

	/** UTF-8 when the sample decodes as UTF-8, else GB18030, which reads GBK and GB2312 too. */
	static Charset charsetOf(byte[] head) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(head);
		CoderResult result = decoder.decode(bytes, CharBuffer.allocate(head.length), true);
		// A sample cut through a multi-byte character fails only in its last three bytes.
		if (result.isError() && bytes.position() < head.length - 3) {
			return GB18030;
		}
		return result.isError() && head.length < SNIFF ? GB18030 : StandardCharsets.UTF_8;
	}

	private static boolean looksBinary(byte[] head) {
		int zeros = 0;
		for (int i = 0; i < Math.min(head.length, 4096); i++) {
			if (head[i] == 0) {
				zeros++;
			}
		}
		return zeros > 0;
	}
}
