package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.bastion.QrScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The health pages as a browser uses them, and the self-report link with no account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthPageTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void theSelfReportLinkWorksWithoutAnAccountForItsOrderOnlyAndNotAfterRelease() throws Exception {
		JsonNode order = fx.order("demo-county", HealthFixtures.TOWNSHIP, 13, null);
		long id = order.path("id").asLong();
		String token = order.path("selfReportToken").asString();
		JsonNode other = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null);

		PageSession person = PageSession.anonymous(port);
		var page = person.get("/self-report/" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(order.path("personName").asString().substring(0, 1) + "*")
			.doesNotContain(order.path("personName").asString())
			.contains("id=\"self-report-submit\"")
			.contains("inputmode=\"decimal\"");

		var cold = person.post("/self-report/" + token, Map.of("temperature", "30"), page.body());
		assertThat(cold.statusCode()).isEqualTo(200);
		assertThat(cold.body()).contains("id=\"self-report-error-0\"").contains("35.0");

		// The same policy as the staff's: yesterday's missed slot, picked, is filled late, and only once.
		String yesterdaysFirst = HealthFixtures.today().minusDays(1) + "/1";
		var form = person.get("/self-report/" + token).body();
		assertThat(form).contains("value=\"" + yesterdaysFirst + "\"");
		var posted = person.post("/self-report/" + token, Map.of("temperature", "36.4", "slot", yesterdaysFirst), form);
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(person.get("/self-report/" + token).body()).contains("id=\"self-report-notice\"")
			.doesNotContain("value=\"" + yesterdaysFirst + "\"");
		var again = person.post("/self-report/" + token, Map.of("temperature", "36.5", "slot", yesterdaysFirst), form);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("id=\"self-report-error-0\"").contains("已有体温记录");
		JsonNode slots = fx.get("demo-county", "/api/v1/observations/" + id + "/checks").json().path("items");
		boolean selfReported = false;
		for (JsonNode slot : slots) {
			for (JsonNode reading : slot.path("readings")) {
				selfReported |= reading.path("source").asString().equals("SELF") && reading.path("temperature").asDouble() == 36.4;
			}
		}
		assertThat(selfReported).isTrue();

		String secret = token.substring(token.indexOf('-') + 1);
		assertThat(person.get("/self-report/" + other.path("id").asLong() + "-" + secret).statusCode()).isEqualTo(404);
		assertThat(person.get("/self-report/" + id + "-x" + secret).statusCode()).isEqualTo(404);
		assertThat(person.get("/self-report/nonsense").statusCode()).isEqualTo(404);

		assertThat(fx.post("demo-county", "/api/v1/observations/" + id + "/release",
				Map.of("date", HealthFixtures.today().toString(), "reason", "核酸检测阴性")).status()).isEqualTo(200);
		var closed = person.get("/self-report/" + token);
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(closed.body()).contains("id=\"self-report-closed\"").doesNotContain("id=\"self-report-submit\"");
		var refused = person.post("/self-report/" + token, Map.of("temperature", "36.5"), page.body());
		assertThat(refused.statusCode()).isEqualTo(409);
	}

	@Test
	void aMonitorRecordsATemperatureOnThePhoneAndTheOrderPageShowsIt() throws Exception {
		String gridCode = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		long person = fx.person(gridCode);
		JsonNode order = fx.order("demo-grid", person, 2, null, null);
		long id = order.path("id").asLong();
		assertThat(order.path("monitorUsername").asString()).isEqualTo("demo-grid");

		PageSession grid = PageSession.signIn(port, "demo-grid");
		var today = grid.get("/observations/today");
		assertThat(today.statusCode()).isEqualTo(200);
		assertThat(today.body()).contains("id=\"check-" + id + "\"");
		var form = grid.get("/observations/" + id + "/check");
		assertThat(form.statusCode()).isEqualTo(200);
		LocalDate yesterday = HealthFixtures.today().minusDays(1);
		assertThat(form.body()).contains("inputmode=\"decimal\"").contains("value=\"" + HealthFixtures.today() + "\"")
			.as("yesterday's missed slots are offered, whatever the hour").contains("value=\"" + yesterday + "/1\"")
			.contains("value=\"" + yesterday + "/2\"");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", HealthFixtures.today().toString());
		fields.put("slot", yesterday + "/1");
		fields.put("temperature", "41.9x");
		var bad = grid.post("/observations/" + id + "/check", fields, form.body());
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"temperature-error\"");
		fields.put("temperature", "43");
		assertThat(grid.post("/observations/" + id + "/check", fields, form.body()).body()).contains("id=\"temperature-error\"");

		fields.put("temperature", "36,7");
		fields.put("clientId", java.util.UUID.randomUUID().toString());
		var saved = grid.post("/observations/" + id + "/check", fields, form.body());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/observations/today");
		assertThat(grid.get("/observations/today").body()).contains("id=\"check-notice\"").contains("已补录");

		fields.put("clientId", java.util.UUID.randomUUID().toString());
		var twice = grid.post("/observations/" + id + "/check", fields, form.body());
		assertThat(twice.statusCode()).as("the slot is filled now").isEqualTo(200);
		assertThat(twice.body()).contains("id=\"slot-error\"").contains("已有体温记录");
		fields.put("temperature", "36.7x");
		assertThat(grid.post("/observations/" + id + "/check", fields, form.body()).body())
			.as("a temperature it cannot read and a filled slot, at once").contains("id=\"temperature-error\"")
			.contains("id=\"slot-error\"").contains("有 2 处需要改正");
		fields.put("temperature", "36,7");
		assertThat(grid.get("/observations/" + id + "/check").body()).doesNotContain("value=\"" + yesterday + "/1\"");

		var page = grid.get("/observations/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		// The check first: yesterday's slot still missed is one tap from the form, the 28 slots folded below.
		assertThat(page.body()).contains("id=\"order-now\"").contains("id=\"now-check-" + yesterday + "-2\"")
			.contains("/observations/" + id + "/check?slot=" + yesterday + "/2").doesNotContain("id=\"now-check-" + yesterday + "-1\"")
			.contains("<details id=\"slots-all\"");
		assertThat(page.body().indexOf("id=\"order-now\"")).isLessThan(page.body().indexOf("id=\"slots-all\""));
		assertThat(page.body()).contains("36.7").contains("id=\"self-report-url\"").contains("/self-report/" + id + "-");
		Matcher shown = Pattern.compile("id=\"self-report-url\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		assertThat(shown.find()).isTrue();
		var qr = grid.getBytes("/observations/" + id + "/self-report.png");
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(QrScan.text(qr.body())).as("the QR code reads as the link on the page").isEqualTo(shown.group(1));
		PageSession county = PageSession.signIn(port, "demo-county");
		assertThat(county.get("/observations?status=OPEN").body()).contains("id=\"observation-" + id + "\"");
		// The monitor is named by their name on the county's pages, not by their login.
		assertThat(county.get("/observations/" + id).body()).contains("网格员 刘洋");
		assertThat(county.get("/observations/new?personId=" + person).body()).contains("id=\"order-person-name\"")
			.contains(">网格员 刘洋</option>").doesNotContain("demo-grid")
			.as("no reason chosen beforehand").contains("<option value=\"\">请选择观察原因</option>")
			.doesNotContain("value=\"ARRIVAL_FROM_RISK_AREA\" selected");
		PageSession leader = PageSession.signIn(port, "demo-leader");
		assertThat(leader.get("/observations/" + id).body()).doesNotContain("id=\"self-report-url\"")
			.doesNotContain("id=\"release-submit\"");
		assertThat(leader.getBytes("/observations/" + id + "/self-report.png").statusCode()).isEqualTo(404);
	}

	@Test
	void aNewOrderIsMadeFromTheFormAndReleasedOnItsPageWithANotice() throws Exception {
		long person = fx.person(HealthFixtures.TOWNSHIP);
		PageSession county = PageSession.signIn(port, "demo-county");
		var form = county.get("/observations/new?personId=" + person);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("personId", String.valueOf(person));
		fields.put("kind", "HOME");
		fields.put("reason", "CLOSE_CONTACT");
		fields.put("startDate", HealthFixtures.today().minusDays(14).toString());
		fields.put("periodDays", "14");
		fields.put("monitorUserId", "");
		fields.put("clientId", java.util.UUID.randomUUID().toString());
		var created = county.post("/observations", fields, form.body());
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		fields.put("clientId", java.util.UUID.randomUUID().toString());
		assertThat(county.post("/observations", fields, form.body()).body()).contains("id=\"observation-conflict\"");

		var refused = county.post("/observations/" + id + "/release", Map.of("date", HealthFixtures.today().toString()),
				"/observations/" + id);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"release-error-0\"");
		fx.check("demo-county", id, HealthFixtures.today().minusDays(1), "36.5");
		var released = county.post("/observations/" + id + "/release", Map.of("date", HealthFixtures.today().toString()),
				"/observations/" + id);
		assertThat(released.statusCode()).isEqualTo(302);
		var notice = county.get("/observations/" + id + "/notice");
		assertThat(notice.statusCode()).isEqualTo(200);
		assertThat(notice.body()).contains("解除医学观察告知书").contains("XW-" + HealthFixtures.today().getYear() + "-")
			.contains("兴文县共乐镇").contains("id=\"release-done\"");
	}

	@Test
	void aCheckSentForAnOrderReleasedMeanwhileIsRefusedOnItsFormAndNotStored() throws Exception {
		String gridCode = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		long id = fx.order("demo-grid", fx.person(gridCode), 2, null, null).path("id").asLong();
		PageSession grid = PageSession.signIn(port, "demo-grid");
		var form = grid.get("/observations/" + id + "/check");
		// An order is released after a normal check: yesterday's morning one.
		fx.check("demo-grid", id, HealthFixtures.today().minusDays(1), "36.4");
		var release = fx.post("demo-county", "/api/v1/observations/" + id + "/release",
				Map.of("date", HealthFixtures.today().toString(), "reason", "核酸检测阴性"));
		assertThat(release.status()).as(release.json().toString()).isEqualTo(200);

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", HealthFixtures.today().toString());
		fields.put("slot", HealthFixtures.today().minusDays(1) + "/2");
		fields.put("temperature", "36.5");
		fields.put("clientId", java.util.UUID.randomUUID().toString());
		var refused = grid.post("/observations/" + id + "/check", fields, form.body());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"check-error\"").contains("该医学观察已于");
		assertThat(fx.get("demo-county", "/api/v1/observations/" + id + "/checks").json().path("items").findValues("readings")
			.stream().mapToInt(JsonNode::size).sum()).as("only the check before the release").isEqualTo(1);
	}

	@Test
	void theTownshipClosesAnAlertOnTheAlertsPage() throws Exception {
		long id = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null).path("id").asLong();
		long alert = fx.check("demo-county", id, HealthFixtures.today().minusDays(1), "37.3").json().path("alertId").asLong();
		PageSession township = PageSession.signIn(port, "demo-township");
		var page = township.get("/alerts");
		assertThat(page.body()).contains("id=\"alert-" + alert + "\"").contains("37.3");
		var noNote = township.post("/alerts/" + alert + "/close", Map.of("action", "RECHECKED_NORMAL", "note", ""), page.body());
		assertThat(noNote.statusCode()).isEqualTo(302);
		assertThat(township.get("/alerts").body()).contains("id=\"alert-" + alert + "-error\"").contains("关闭预警须填写处置说明")
			.as("in the forms' summary").contains("class=\"form-errors-title\"");
		assertThat(township.post("/alerts/" + alert + "/close", Map.of("action", "GUESSED", "note", " "), page.body())
			.statusCode()).isEqualTo(302);
		assertThat(township.get("/alerts").body()).as("both mistakes at once").contains("请选择处置方式")
			.contains("关闭预警须填写处置说明");
		var closed = township.post("/alerts/" + alert + "/close", Map.of("action", "RECHECKED_NORMAL", "note", "半小时后复测36.8"),
				"/alerts");
		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(township.get("/alerts").body()).doesNotContain("id=\"alert-" + alert + "\"");
	}
}
