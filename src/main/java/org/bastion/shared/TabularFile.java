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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Reads the spreadsheets county staff exchange, row by row, as text cells: xlsx (first sheet), or
 * text in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16 with its BOM (Excel's "Unicode text"),
 * separated by commas or tabs, all told apart by content, not by name.
 *
 * <p>Nothing a file holds can make the reader take memory out of proportion to the limits: an xlsx is
 * inflated and counted before its cells are read ({@link WorkbookInflation}), and a cell longer than
 * the limit is cut while it is read and its row marked ({@link Line#overlong()}), for the caller to
 * refuse that row and go on with the others.
 */
public final class TabularFile {

	/**
	 * A row as read, with its 1-based line (CSV) or row number (xlsx) for error reports.
	 *
	 * @param overlong the index of the first cell longer than the limit, or -1; that cell is cut to the
	 * limit and ends in "…"
	 */
	public record Line(int number, List<String> cells, int overlong) {

		public Line(int number, List<String> cells) {
			this(number, cells, -1);
		}

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

	/**
	 * How much a file may make the reader hold.
	 *
	 * @param maxInflatedBytes an xlsx's parts inflated, all together
	 * @param maxRatio inflated to compressed bytes of one xlsx part
	 * @param maxCellLength characters of one cell; a longer one marks its row
	 */
	public record Limits(long maxInflatedBytes, int maxRatio, int maxCellLength) {

		/** What {@code application.properties} sets: see {@code bastion.uploads.*} there for why. */
		public static final Limits DEFAULT = new Limits(1024L * 1024 * 1024, 100, 1000);
	}

	/** Columns past this many are not read: no list has them, and each costs memory in every row. */
	static final int MAX_COLUMNS = 1000;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final int SNIFF = 64 * 1024;

	private TabularFile() {
	}

	/** Calls {@code each} for every row of the file in order; blank rows are passed too. */
	public static void read(InputStream input, Consumer<Line> each) {
		read(input, Limits.DEFAULT, each);
	}

	/** Calls {@code each} for every row of the file in order, within the limits; blank rows are passed too. */
	public static void read(InputStream input, Limits limits, Consumer<Line> each) {
		try (BufferedInputStream in = new BufferedInputStream(input, SNIFF)) {
			in.mark(SNIFF);
			byte[] head = in.readNBytes(SNIFF);
			in.reset();
			if (head.length == 0) {
				throw new UnreadableFileException("file.empty");
			}
			Charset unicode = byteOrderMark(head);
			if (unicode != null) {
				readCsv(in, unicode, '\t', limits, each);
			}
			else if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				readXlsx(in, limits, each);
			}
			else if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
				throw new UnreadableFileException("file.xls");
			}
			else if (looksBinary(head)) {
				throw new UnreadableFileException("file.notTable");
			}
			else {
				Charset charset = charsetOf(head);
				readCsv(in, charset, delimiterOf(new String(head, charset)), limits, each);
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
		return head(input, Limits.DEFAULT, count);
	}

	/** The first {@code count} rows only, within the limits. */
	public static List<Line> head(InputStream input, Limits limits, int count) {
		List<Line> lines = new ArrayList<>(count);
		try {
			read(input, limits, line -> {
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

	/**
	 * The workbook is copied to a file of its own first: the reader would otherwise hold the whole upload
	 * in memory, and its parts are counted by {@link WorkbookInflation} before any cell is read.
	 */
	private static void readXlsx(InputStream in, Limits limits, Consumer<Line> each) throws IOException {
		Path copy = Files.createTempFile("bastion-upload-", ".xlsx");
		try {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			try {
				WorkbookInflation.check(copy, limits);
			}
			catch (IOException | RuntimeException broken) {
				if (broken instanceof UnreadableFileException refused) {
					throw refused;
				}
				throw new UnreadableFileException("file.notTable");
			}
			readWorkbook(copy, limits, each);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static void readWorkbook(Path file, Limits limits, Consumer<Line> each) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			Sheet sheet = workbook.getFirstSheet();
			try (var rows = sheet.openStream()) {
				rows.forEach(row -> passOn(each, line(row.getRowNum(), cells(row), limits.maxCellLength())));
			}
		}
		catch (CallerFailure failure) {
			throw failure.getCause();
		}
		catch (RuntimeException broken) {
			throw new UnreadableFileException("file.notTable");
		}
	}

	/**
	 * The row with its first over-long cell marked and cut. Only lengths are compared in the common
	 * case: a row with no long cell is passed as it came.
	 */
	private static Line line(int number, List<String> cells, int maxCell) {
		int overlong = -1;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (cell.length() > maxCell) {
				if (overlong < 0) {
					overlong = i;
				}
				cells.set(i, cell.substring(0, maxCell) + "…");
			}
		}
		return overlong < 0 ? new Line(number, cells) : new Line(number, cells, overlong);
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

	private static void readCsv(InputStream in, Charset charset, char delimiter, Limits limits, Consumer<Line> each)
			throws IOException {
		// Buffered first: a bare InputStreamReader cannot mark, and the BOM check needs to step back.
		Reader reader = new java.io.BufferedReader(new InputStreamReader(in, charset));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		int maxCell = limits.maxCellLength();
		try {
			for (CSVRecord record : format.parse(new BoundedCells(reader, delimiter, maxCell))) {
				List<String> cells = Arrays.asList(record.values());
				if (cells.size() > MAX_COLUMNS) {
					cells = new ArrayList<>(cells.subList(0, MAX_COLUMNS));
				}
				passOn(each, line((int) record.getRecordNumber(), cells, maxCell));
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

	/** UTF-16 as its byte order mark says, or null: Excel saves "Unicode text" so, tab-separated. */
	static Charset byteOrderMark(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/** Tabs when the sample has more of them than commas: Excel's "text (tab-separated)". */
	static char delimiterOf(String sample) {
		int tabs = 0;
		int commas = 0;
		for (int i = 0; i < sample.length(); i++) {
			char c = sample.charAt(i);
			if (c == '\t') {
				tabs++;
			}
			else if (c == ',') {
				commas++;
			}
		}
		return tabs > commas ? '\t' : ',';
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
