package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.reporting.Rollup.ManualTotal;
import org.bastion.reporting.Rollup.Row;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.bastion.shared.TabularFile;
import org.bastion.shared.TabularFile.Line;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

class ReportExportWorkbookTest {

	private final Rollup rollup = new Rollup(
			new Jurisdiction("511528103", "共乐镇", "511528", JurisdictionLevel.TOWNSHIP,
					JurisdictionPath.of("511528", "511528103")),
			LocalDate.of(2020, 1, 25), Instant.parse("2020-01-24T08:00:00Z"), Instant.parse("2020-01-25T08:00:00Z"),
			List.of(new ReportFigure("arrivals.fromWuhan", "arrivals", Kind.FLOW),
					new ReportFigure("arrivals.fromHubei", "arrivals", Kind.FLOW),
					new ReportFigure("observation.fevers", "observation", Kind.FLOW)),
			new Figures(Map.of("arrivals.fromWuhan", 5L, "observation.fevers", 1L)),
			List.of(new ManualTotal(1, "发放口罩（只）", 1200), new ManualTotal(2, "出动宣传车（次）", 0)),
			List.of(new Row("511528103201", "共乐村", true, new Figures(Map.of("arrivals.fromWuhan", 3L))),
					new Row("511528103202", "新民村", false, new Figures(Map.of("arrivals.fromWuhan", 2L,
							"observation.fevers", 1L)))));

	private final ReportExportWorkbook workbook = new ReportExportWorkbook(messages(),
			new FieldClock(Clock.fixed(Instant.parse("2020-01-25T09:30:00Z"), ZoneId.of("Asia/Shanghai"))));

	@Test
	void theReportReadsAsTheGovernmentsFormWithTheManualFieldsAndSignatureLines() {
		List<Line> lines = write(Locale.SIMPLIFIED_CHINESE);
		assertThat(lines.get(0).cell(0)).isEqualTo("共乐镇疫情防控日报表");
		assertThat(lines.get(1).cell(0)).isEqualTo(
				"填报单位：共乐镇    报告日期：2020-01-25    统计时段：2020-01-24 16:00 – 2020-01-25 16:00");
		assertThat(lines.get(2).cells()).containsExactly("地区", "", "arrivals", "", "observation");
		assertThat(lines.get(3).cells()).containsExactly("名称", "代码", "arrivals.fromWuhan", "arrivals.fromHubei",
				"observation.fevers");
		assertThat(lines.get(4).cells()).containsExactly("共乐村", "511528103201", "3", "0", "0");
		assertThat(lines.get(5).cells()).containsExactly("新民村", "511528103202", "2", "0", "1");
		assertThat(lines.get(6).cells()).containsExactly("合计", "511528103", "5", "0", "1");
		assertThat(lines.get(7).cell(0)).isEqualTo("手填项");
		assertThat(lines.get(8).cells()).containsExactly("发放口罩（只）", "1200");
		assertThat(lines.get(9).cells()).containsExactly("出动宣传车（次）", "0");
		assertThat(lines.get(10).cell(0)).contains("负责人：").contains("填报人：").contains("联系电话：").contains("审核人：");
		assertThat(lines.get(11).cell(0)).isEqualTo("导出时间：2020-01-25 17:30（县指挥部 李明）");
	}

	@Test
	void theLabelsFollowTheUsersLanguage() {
		List<Line> lines = write(Locale.ENGLISH);
		assertThat(lines.get(0).cell(0)).isEqualTo("共乐镇 epidemic prevention daily report");
		assertThat(lines.get(6).cell(0)).isEqualTo("Total");
		assertThat(lines.get(10).cell(0)).contains("Person in charge").contains("Approved by");
		assertThat(workbook.fileName(rollup, Locale.SIMPLIFIED_CHINESE)).isEqualTo("共乐镇疫情防控日报表_2020-01-25.xlsx");
	}

	private List<Line> write(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(rollup, locale, "县指挥部 李明", out);
		return TabularFile.readAll(new ByteArrayInputStream(out.toByteArray()));
	}

	private static ReloadableResourceBundleMessageSource messages() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:i18n/reporting-export");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
