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
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid worker checks temperatures on a phone: a fever reaches the township's alert list, and on day
 * fifteen the person is on the release list and released with a notice.
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
		browser.type("#temperature", "38.5");
		browser.click("#symptom-COUGH");
		browser.clickThrough("#check-submit");
		browser.waitFor("#check-notice");
		assertThat(browser.text("#check-notice")).contains(feverName);
		assertThat(browser.text("#monitor-" + feverOrder)).contains("异常");

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
		assertThat(browser.driver.findElements(org.openqa.selenium.By.id("due-" + dueOrder))).isEmpty();
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
