package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid worker checks temperatures on a phone: a reading picked for a missed slot lands in that slot, a
 * fever reaches the township's alert list, and on day fifteen the person is on the release list and released
 * with a notice. The readings go to yesterday's missed slots, picked explicitly: a slot of today may not have
 * started at the hour the test runs (CI runs at night in the field's time).
 */
class ObservationBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Test
	void aMonitorRecordsAFeverTheTownshipSeesItAndOnDayFifteenThePersonIsReleased() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient grid = ApiClient.signedIn(port, "demo-grid");
		String gridCode = json(grid.get().uri("/api/v1/me").retrieve().body(String.class)).path("jurisdictionCode").asString();
		LocalDate today = LocalDate.now(ZONE);

		String feverName = "发热" + UUID.randomUUID().toString().substring(0, 5);
		long feverOrder = order(grid, person(county, gridCode, feverName), today.minusDays(1));
		String dueName = "期满" + UUID.randomUUID().toString().substring(0, 5);
		long dueOrder = order(grid, person(county, gridCode, dueName), today.minusDays(14));
		Map<String, Object> normal = new LinkedHashMap<>();
		normal.put("date", today.minusDays(1).toString());
		normal.put("slot", 1);
		normal.put("temperature", 36.5);
		grid.post().uri("/api/v1/observations/" + dueOrder + "/checks").contentType(MediaType.APPLICATION_JSON)
			.body(normal).retrieve().toBodilessEntity();

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/observations/today");
		browser.waitFor("#check-" + feverOrder);
		assertThat(browser.text("#monitor-" + feverOrder)).contains(feverName);
		browser.click("#check-" + feverOrder);
		browser.waitFor("#temperature");
		assertThat(browser.find("#temperature").getAttribute("inputmode")).isEqualTo("decimal");
		LocalDate yesterday = today.minusDays(1);
		Select slot = new Select(browser.find("#slot"));
		assertThat(slot.getOptions()).extracting(o -> o.getDomAttribute("value"))
			.contains(yesterday + "/1", yesterday + "/2");
		slot.selectByValue(yesterday + "/2");
		browser.type("#temperature", "38.5");
		browser.click("#symptom-COUGH");
		browser.clickThrough("#check-submit");
		browser.waitFor("#check-notice");
		assertThat(browser.text("#check-notice")).contains(feverName);

		// The reading is in the slot picked, and the order's page offers the other missed one a tap away.
		browser.go("/observations/" + feverOrder);
		browser.waitFor("#order-now");
		assertThat(browser.driver.findElements(By.id("now-" + yesterday + "-2"))).as("no longer missed").isEmpty();
		assertThat(browser.text("#now-" + yesterday + "-1")).contains("漏测");
		assertThat(browser.find("#slot-" + yesterday + "-2").isDisplayed()).as("the 28 slots are folded").isFalse();
		browser.click("#slots-all summary");
		assertThat(browser.text("#slot-" + yesterday + "-2")).contains("38.5").contains("异常");
		assertThat(browser.text("#slot-" + yesterday + "-1")).doesNotContain("38.5");
		browser.clickThrough("#now-check-" + yesterday + "-1");
		assertThat(new Select(browser.find("#slot")).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo(yesterday + "/1");
		browser.type("#temperature", "36.6");
		browser.clickThrough("#check-submit");
		browser.waitFor("#check-notice");
		assertThat(browser.text("#check-notice")).contains("补录");
		browser.go("/observations/" + feverOrder);
		browser.waitFor("#order-now");
		assertThat(browser.driver.findElements(By.id("now-" + yesterday + "-1"))).isEmpty();
		browser.click("#slots-all summary");
		assertThat(browser.text("#slot-" + yesterday + "-1")).contains("36.6");

		browser.driver.manage().deleteAllCookies();
		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/alerts");
		browser.waitFor("#alert-list");
		assertThat(browser.text("#alert-list")).contains(feverName).contains("38.5");

		browser.driver.manage().deleteAllCookies();
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/observations/today");
		browser.waitFor("#due-" + dueOrder);
		assertThat(browser.text("#due-" + dueOrder)).contains(dueName);
		browser.click("#release-open-" + dueOrder);
		browser.waitFor("#release-submit");
		assertThat(browser.find("#release-date").getAttribute("value")).isEqualTo(today.toString());
		// The notice is only on the page the release leads to: waiting for it needs no staleness check.
		browser.click("#release-submit");
		browser.waitFor("#release-notice");
		assertThat(browser.text("#notice-number")).matches(".*XW-" + today.getYear() + "-\\d{6}.*");
		assertThat(browser.text("#notice-person")).contains(dueName);

		browser.go("/observations/today");
		browser.waitFor("#due-list");
		assertThat(browser.driver.findElements(By.id("due-" + dueOrder))).isEmpty();
	}

	private long person(RestClient county, String place, String name) {
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value());
		body.put("name", name);
		body.put("jurisdictionCode", place);
		return json(county.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve().body(String.class)).path("id").asLong();
	}

	private long order(RestClient monitor, long personId, LocalDate start) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", personId);
		body.put("kind", "HOME");
		body.put("reason", "ARRIVAL_FROM_RISK_AREA");
		body.put("startDate", start.toString());
		JsonNode order = json(monitor.post().uri("/api/v1/observations").contentType(MediaType.APPLICATION_JSON)
			.body(body).retrieve().body(String.class));
		assertThat(order.path("id").asLong()).as(order.toString()).isPositive();
		return order.path("id").asLong();
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
