package org.bastion.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bastion.shared.TabularFile;
import org.bastion.shared.TabularFile.UnreadableFileException;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheets county staff exchange, read as rows of text whatever their encoding: CSV in UTF-8
 * with or without a byte order mark, or in GBK as Excel on a Chinese Windows saves it, and xlsx.
 */
class TabularFileTest {

	private static final String TREE = "区划代码,名称,上级代码,层级\r\n511528103,共乐镇,511528,乡镇\r\n51152810301,第一网格,511528103,网格\r\n";

	@Test
	void readsUtf8WithoutByteOrderMark() {
		assertTree(TabularFile.readAll(in(TREE.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void readsUtf8WithByteOrderMarkAndDropsTheMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		List<TabularFile.Line> lines = TabularFile.readAll(in(concat(bom, TREE.getBytes(StandardCharsets.UTF_8))));
		assertTree(lines);
		assertThat(lines.getFirst().cell(0)).isEqualTo("区划代码");
	}

	@Test
	void readsGbkAsExcelSavesIt() {
		assertTree(TabularFile.readAll(in(TREE.getBytes(Charset.forName("GBK")))));
	}

	@Test
	void readsGb18030() {
		assertTree(TabularFile.readAll(in(TREE.getBytes(Charset.forName("GB18030")))));
	}

	@Test
	void aLongUtf8FileCutInTheMiddleOfACharacterByTheSampleIsStillUtf8() {
		// 65,536 bytes into the file falls inside a three-byte character: the sniffed sample ends broken.
		StringBuilder text = new StringBuilder("区划代码,名称\n");
		int row = 0;
		while (text.toString().getBytes(StandardCharsets.UTF_8).length < 70_000) {
			text.append(1000 + row++).append(",共乐镇第").append(row).append("网格\n");
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		List<TabularFile.Line> lines = TabularFile.readAll(in(bytes));
		assertThat(lines).hasSize(row + 1);
		assertThat(lines).allSatisfy(line -> assertThat(String.join(",", line.cells())).doesNotContain("\uFFFD"));
		assertThat(lines.get(row).cell(1)).isEqualTo("共乐镇第" + row + "网格");
	}

	@Test
	void aLongGbkFileIsGbk() {
		StringBuilder text = new StringBuilder("区划代码,名称\n");
		for (int i = 0; i < 5000; i++) {
			text.append(1000 + i).append(",共乐镇第").append(i).append("网格\n");
		}
		List<TabularFile.Line> lines = TabularFile.readAll(in(text.toString().getBytes(Charset.forName("GBK"))));
		assertThat(lines).hasSize(5001);
		assertThat(lines.get(5000).cells()).containsExactly("5999", "共乐镇第4999网格");
	}

	@Test
	void numbersLinesFromOneAndKeepsBlankLines() {
		List<TabularFile.Line> lines = TabularFile.readAll(in("a,b\n\n1,2\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(lines).extracting(TabularFile.Line::number).containsExactly(1, 2, 3);
		assertThat(lines.get(1).blank()).isTrue();
		assertThat(lines.get(2).cell(5)).isEmpty();
	}

	@Test
	void readsTheXlsxSample() throws IOException {
		try (InputStream xlsx = getClass().getResourceAsStream("/samples/jurisdiction-tree-xingwen.xlsx")) {
			List<TabularFile.Line> lines = TabularFile.readAll(xlsx);
			assertThat(lines.getFirst().cells()).startsWith("区划代码", "名称", "上级代码", "层级");
			assertThat(lines).anySatisfy(line -> assertThat(line.cells()).startsWith("511528103", "共乐镇", "511528"));
		}
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], "file.empty");
	}

	@Test
	void refusesAPicture() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		assertRefused(png, "file.notTable");
	}

	@Test
	void refusesAnOldExcelFileWithAMessageThatSaysWhatToDo() {
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertRefused(xls, "file.xls");
	}

	@Test
	void refusesAZipThatIsNoWorkbook() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		assertRefused(zip, "file.notTable");
	}

	@Test
	void refusesACsvWithAnUnclosedQuote() {
		assertRefused("区划代码,名称\n1,\"共乐镇\n2,x\n".getBytes(StandardCharsets.UTF_8), "file.malformedCsv");
	}

	@Test
	void readsExcelsUnicodeTextUtf16WithItsByteOrderMarkAndTabs() {
		String text = "区划代码\t名称\t上级代码\t层级\r\n511528103\t共乐镇\t511528\t乡镇\r\n51152810301\t第一网格\t511528103\t网格\r\n";
		byte[] le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
		assertTree(TabularFile.readAll(in(le)));
		byte[] be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
		assertTree(TabularFile.readAll(in(be)));
	}

	@Test
	void readsTabSeparatedUtf8() {
		assertTree(TabularFile.readAll(in(TREE.replace(',', '\t').getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void aCellOverTheLimitMarksItsRowAndIsCutWhileTheOtherRowsReadAsUsual() {
		TabularFile.Limits limits = new TabularFile.Limits(1 << 30, 100, 10);
		String csv = "代码,名称\n1,共乐镇\n2," + "长".repeat(100_000) + "\n3,\"引号,\"\"里" + "的".repeat(50) + "\",x\n4,大坝镇\n";
		List<TabularFile.Line> lines = new java.util.ArrayList<>();
		TabularFile.read(in(csv.getBytes(StandardCharsets.UTF_8)), limits, lines::add);
		assertThat(lines).extracting(TabularFile.Line::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(lines.get(1).overlong()).isEqualTo(-1);
		assertThat(lines.get(2).overlong()).isEqualTo(1);
		assertThat(lines.get(2).cell(1)).isEqualTo("长".repeat(10) + "…");
		// Commas and quotes inside the cut quoted cell stay inside it: the row keeps its third cell.
		assertThat(lines.get(3).overlong()).isEqualTo(1);
		assertThat(lines.get(3).cell(1)).isEqualTo("引号,\"里的的的的的…");
		assertThat(lines.get(3).cell(2)).isEqualTo("x");
		assertThat(lines.get(4).cells()).containsExactly("4", "大坝镇");
		assertThat(lines.get(4).overlong()).isEqualTo(-1);
	}

	@Test
	void anXlsxCellOverTheLimitMarksItsRow() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
		var sheet = workbook.newWorksheet("tree");
		sheet.value(0, 0, "代码");
		sheet.value(0, 1, "名称");
		sheet.value(1, 0, "1");
		sheet.value(1, 1, "长".repeat(5000));
		sheet.value(2, 0, "2");
		sheet.value(2, 1, "共乐镇");
		workbook.finish();
		List<TabularFile.Line> lines = new java.util.ArrayList<>();
		TabularFile.read(in(out.toByteArray()), new TabularFile.Limits(1 << 30, 100, 4000), lines::add);
		assertThat(lines.get(1).overlong()).isEqualTo(1);
		assertThat(lines.get(1).cell(1)).hasSize(4001).endsWith("长…");
		assertThat(lines.get(2).overlong()).isEqualTo(-1);
		assertThat(lines.get(2).cells()).containsExactly("2", "共乐镇");
	}

	/**
	 * A zip bomb: 64 KB that inflates to 64 MB of one shared string. Refused on the ratio after about
	 * a megabyte has been inflated, before the reader builds any of it.
	 */
	@Test
	void anXlsxThatInflatesFarBeyondItsSizeIsRefusedOnItsRatio() {
		byte[] bomb = zip("xl/sharedStrings.xml", "<sst><si><t>", 'A', 64L << 20, "</t></si></sst>");
		assertThat(bomb.length).isLessThan(200_000);
		assertRefused(bomb, "file.xlsx.ratio");
	}

	@Test
	void anXlsxLargerThanTheLimitOnceInflatedIsRefused() {
		byte[] big = zip("xl/worksheets/sheet1.xml", "<sheetData>", "<row/>", 1L << 20, "</sheetData>");
		assertThatThrownBy(() -> TabularFile.read(in(big), new TabularFile.Limits(1 << 20, 100_000, 1000), line -> {
		})).isInstanceOfSatisfying(UnreadableFileException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("file.xlsx.inflatedTooLarge");
			assertThat(ex.arguments()).containsExactly(1L);
		});
	}

	@Test
	void anXlsxWithOneHugeTextIsRefusedEvenWithinTheRatio() {
		byte[] huge = zip("xl/sharedStrings.xml", "<sst><si><t>", 'A', 3L << 20, "</t></si></sst>");
		assertThatThrownBy(() -> TabularFile.read(in(huge), new TabularFile.Limits(1 << 30, 100_000, 1000), line -> {
		})).isInstanceOfSatisfying(UnreadableFileException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("file.xlsx.cellTooLong"));
	}

	/** A zip of one part: {@code open}, then {@code filler} repeated to {@code size} bytes, then {@code close}. */
	private static byte[] zip(String part, String open, Object filler, long size, String close) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry(part));
			zip.write(open.getBytes(StandardCharsets.UTF_8));
			byte[] unit = String.valueOf(filler).getBytes(StandardCharsets.UTF_8);
			byte[] chunk = new byte[(64 * 1024 / unit.length) * unit.length];
			for (int i = 0; i < chunk.length; i++) {
				chunk[i] = unit[i % unit.length];
			}
			for (long written = 0; written < size; written += chunk.length) {
				zip.write(chunk);
			}
			zip.write(close.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void assertTree(List<TabularFile.Line> lines) {
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).cells()).containsExactly("区划代码", "名称", "上级代码", "层级");
		assertThat(lines.get(1).cells()).containsExactly("511528103", "共乐镇", "511528", "乡镇");
		assertThat(lines.get(2).cells()).containsExactly("51152810301", "第一网格", "511528103", "网格");
		assertThat(lines.get(2).number()).isEqualTo(3);
	}

	private static void assertRefused(byte[] bytes, String key) {
		assertThatThrownBy(() -> TabularFile.readAll(in(bytes))).isInstanceOfSatisfying(UnreadableFileException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private static InputStream in(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}
}
