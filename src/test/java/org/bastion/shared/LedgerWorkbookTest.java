package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
}
