package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerWorkbookTest {

	@Test
	void aLedgerHasItsHeadingAboveTheTableAndKeepsIdentifiersAsText() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LedgerWorkbook.write(out, "返乡人员台账", new LedgerWorkbook.Heading("共乐镇返乡人员台账", "填报单位", "共乐镇", "填报日期",
				"2020-02-03", "负责人", "王芳"), List.of("姓名", "身份证号", "到达日期", "体温"),
				List.of(List.of("张三", "511528199001011234", LocalDate.of(2020, 2, 1), 36.6),
						List.of("=HYPERLINK(\"x\")", "13912341111", LocalDate.of(2020, 2, 2), 37.5)));
		List<TabularFile.Line> lines = TabularFile.readAll(new ByteArrayInputStream(out.toByteArray()));
		assertThat(lines.get(0).cell(0)).isEqualTo("共乐镇返乡人员台账");
		assertThat(lines.get(1).cell(0)).contains("共乐镇").contains("2020-02-03").contains("王芳");
		assertThat(lines.get(2).cells()).containsExactly("姓名", "身份证号", "到达日期", "体温");
		assertThat(lines.get(3).cell(1)).isEqualTo("511528199001011234");
		assertThat(lines.get(3).cell(3)).isEqualTo("36.6");
		assertThat(lines.get(4).cell(0)).startsWith("'=");
	}

	@Test
	void groupedHeadersAreMergedAboveTheirColumnsAndLinesBelowTheTableSpanIt() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LedgerWorkbook.write(out, "日报表", new LedgerWorkbook.Heading("共乐镇疫情防控日报表", "填报单位", "共乐镇", "报告日期",
				"2020-01-25", "统计时段", "2020-01-24 16:00 – 2020-01-25 16:00"),
				List.of(new LedgerWorkbook.ColumnGroup("地区", 1), new LedgerWorkbook.ColumnGroup("返乡人员", 2)),
				List.of("名称", "武汉", "湖北其他"), List.of(List.of("共乐村", 3, 1), List.of("合计", 3, 1)),
				List.of(List.of("负责人：____"), List.of("手填项一", 4)));
		List<TabularFile.Line> lines = TabularFile.readAll(new ByteArrayInputStream(out.toByteArray()));
		assertThat(lines.get(2).cells()).containsExactly("地区", "返乡人员", "");
		assertThat(lines.get(3).cells()).containsExactly("名称", "武汉", "湖北其他");
		assertThat(lines.get(5).cells()).containsExactly("合计", "3", "1");
		assertThat(lines.get(6).cell(0)).isEqualTo("负责人：____");
		assertThat(lines.get(6).number()).as("a blank row after the table").isEqualTo(lines.get(5).number() + 2);
		assertThat(lines.get(7).cells()).containsExactly("手填项一", "4");
		String sheet = sheetXml(out.toByteArray());
		assertThat(sheet).contains("<mergeCell ref=\"B3:C3\"/>").contains("<mergeCell ref=\"A8:C8\"/>")
			.doesNotContain("A9:C9");
	}

	@Test
	void groupsMustSpanEveryColumn() {
		assertThatThrownBy(() -> LedgerWorkbook.write(new ByteArrayOutputStream(), "x",
				new LedgerWorkbook.Heading("t", "u", "", "d", "", "p", ""), List.of(new LedgerWorkbook.ColumnGroup("a", 1)),
				List.of("a", "b"), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	private static String sheetXml(byte[] xlsx) throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("ledger", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx);
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
				return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
	}
}
