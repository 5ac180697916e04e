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
