package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The arrival, risk-area, measures and data-quality pages as a browser without JavaScript uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalPageTests {

	@LocalServerPort
	int port;

	@Test
	void aGridWorkerRegistersFromThePhoneForm() throws Exception {
		PageSession grid = PageSession.signIn(port, "demo-grid");
		String form = grid.get("/arrivals/new").body();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(form).contains("id=\"arrival-submit\"", "inputmode=\"decimal\"", "value=\"" + today + "\"",
				"name=\"transportMode\"", "hx-get=\"/arrivals/origins?field=originCode\"")
			.containsPattern("/js/arrivals-[0-9a-f]{32}\\.js");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", PageSession.field(form, "clientId"));
		fields.put("jurisdictionCode", PageSession.field(form, "jurisdictionCode"));
		fields.put("name", uniqueName("页"));
		fields.put("idNumber", uniqueId());
		fields.put("originCode", "510100");
		fields.put("arrivalDate", today.plusDays(2).toString());
		fields.put("transportMode", "CAR");
		fields.put("plate", "川Q123");
		fields.put("temperature", "36.6");
		var refused = grid.post("/arrivals", fields, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"arrivalDate-error\"", "id=\"plate-error\"");

		fields.put("arrivalDate", today.toString());
		fields.put("plate", "川Q12345");
		var registered = grid.post("/arrivals", fields, refused.body());
		assertThat(registered.statusCode()).isEqualTo(302);
		String location = URI.create(registered.headers().firstValue("Location").orElseThrow()).getPath();
		String page = grid.get(location).body();
		assertThat(page).contains("id=\"arrival-risk-level\"", "id=\"arrival-measure\"", "成都市");
		assertThat(grid.get("/arrivals").body()).contains(location);
	}

	@Test
	void theOriginPickerOffersDivisionsAndFillsTheField() throws Exception {
		PageSession grid = PageSession.signIn(port, "demo-grid");
		String choices = grid.get("/arrivals/origins?originCode=" + PageSession.enc("武汉")).body();
		assertThat(choices).doesNotContain("<html").contains("湖北省武汉市", "data-code=\"420100\"");
		String field = grid.get("/arrivals/origin-field?code=420100").body();
		assertThat(field).contains("value=\"420100\"", "湖北省武汉市");
	}

	@Test
	void hqKeepsRiskAreasAndMeasuresOthersReadThem() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		String areas = county.get("/risk-areas").body();
		assertThat(areas).contains("id=\"risk-area-form\"");
		var saved = county.post("/risk-areas", Map.of("divisionCode", "650100", "level", "LOW", "from", "2016-03-01",
				"to", "2016-03-01"), areas);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(county.get("/risk-areas").body()).contains("id=\"risk-area-notice\"", "乌鲁木齐市");
		var bad = county.post("/risk-areas", Map.of("divisionCode", "999999", "level", "LOW", "from", "2016-03-01"), areas);
		assertThat(bad.statusCode()).isEqualTo(302);
		assertThat(county.get("/risk-areas").body()).contains("id=\"risk-area-errors\"");
		String measures = county.get("/measures").body();
		assertThat(measures).contains("id=\"measure-submit\"", "name=\"NONE_true\"");

		PageSession grid = PageSession.signIn(port, "demo-grid");
		assertThat(grid.get("/risk-areas").body()).doesNotContain("id=\"risk-area-form\"");
		assertThat(grid.get("/measures").body()).doesNotContain("id=\"measure-submit\"").contains("居家医学观察");
	}

	@Test
	void theQualityPageAndTheLedgerButtonsWork() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String quality = township.get("/arrivals/quality").body();
		assertThat(quality).contains("id=\"quality-table\"", "id=\"quality-total\"", "未登记接触人员");
		assertThat(township.get("/arrivals/quality?check=NO_TEMPERATURE").body()).contains("id=\"quality-failing\"");
		String list = township.get("/arrivals").body();
		assertThat(list).contains("id=\"ledger-xlsx\"", "id=\"ledger-csv\"");
		var xlsx = township.getBytes("/arrivals/ledger.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
	}
}
