package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.arrival;
import static org.bastion.arrivals.ArrivalTestSupport.car;
import static org.bastion.arrivals.ArrivalTestSupport.plateDigits;
import static org.bastion.arrivals.ArrivalTestSupport.quietDay;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.bastion.arrivals.ArrivalTestSupport.Reply;
import org.bastion.shared.Masking;
import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The arrivals ledger as xlsx and CSV, read back the way a county office would open it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerApiTests {

	@LocalServerPort
	int port;

	ArrivalTestSupport api;

	@BeforeEach
	void client() {
		api = new ArrivalTestSupport(port);
	}

	@Test
	void theXlsxLedgerHasItsHeadingAndOneRowPerArrival() {
		LocalDate day = quietDay();
		String id = uniqueId();
		String name = uniqueName("台");
		String plate = "川Q" + plateDigits();
		assertThat(api.post("demo-county", "/api/v1/arrivals", arrival(id, name, TOWNSHIP, "420102", day, car(plate)))
			.status()).isEqualTo(201);

		Reply xlsx = api.get("demo-county", "/api/v1/arrivals/ledger.xlsx?jurisdiction=" + TOWNSHIP + "&from=" + day
				+ "&to=" + day);
		assertThat(xlsx.status()).isEqualTo(200);
		List<TabularFile.Line> lines = TabularFile.readAll(new ByteArrayInputStream(xlsx.body()));
		assertThat(lines.get(0).cell(0)).isEqualTo("共乐镇返乡人员台账");
		assertThat(lines.get(1).cell(0)).contains("填报单位：共乐镇", day.toString(), "负责人");
		assertThat(lines.get(2).cells()).startsWith("序号", "姓名", "性别", "身份证号", "联系电话", "来源地", "到达日期",
				"交通方式", "车牌/车次", "现住址", "所属区域", "风险等级", "建议措施", "体温", "登记人", "登记时间");
		assertThat(lines).hasSize(4);
		TabularFile.Line row = lines.get(3);
		assertThat(row.cell(0)).isEqualTo("1");
		assertThat(row.cell(1)).isEqualTo(name);
		assertThat(row.cell(3)).isEqualTo(id);
		assertThat(row.cell(5)).contains("湖北省武汉市江岸区");
		assertThat(row.cell(8)).isEqualTo(plate);
		assertThat(row.cell(10)).isEqualTo("共乐镇");
		assertThat(row.cell(14)).isEqualTo("县指挥部 李明");
	}

	@Test
	void aLeaderGetsMaskedIdentifiersInTheCsvLedger() {
		LocalDate day = quietDay();
		String id = uniqueId();
		String name = uniqueName("掩");
		api.post("demo-county", "/api/v1/arrivals", arrival(id, name, TOWNSHIP, "510100", day, car("川Q" + plateDigits())));

		Reply csv = api.get("demo-leader", "/api/v1/arrivals/ledger.csv?from=" + day + "&to=" + day);
		assertThat(csv.status()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF序号").contains(name, Masking.idNumber(id)).doesNotContain(id);

		Reply audit = api.get("demo-admin", "/api/v1/audit?action=EXPORT");
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.json().toString()).contains("ledger.csv").contains("rows=");
	}
}
