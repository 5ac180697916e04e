package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.people.OwnTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home page as the day's work on a 360 × 640 phone: the grid worker's counts, each leading to its first
 * item in one tap; the township's navigation showing a fever saved elsewhere within seconds, without a reload.
 */
class HomeBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The field's clock ({@code bastion.zone}), by which the days of an order and its readings run. */
	private static final ZoneId FIELD = ZoneId.of("Asia/Shanghai");

	private RestClient county;

	@BeforeEach
	void phone() {
		browser.driver.manage().window().setSize(new Dimension(360, 640));
		county = ApiClient.signedIn(port, "demo-county");
	}

	@Test
	void theGridWorkersHomeCountsTheDaysWorkAndEachCountLeadsToItsFirstItem() {
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		String grid = json(worker.get().uri("/api/v1/jurisdictions").retrieve().body(String.class))
			.path("items").get(0).path("code").asString();
		String address = "待办测试户" + UUID.randomUUID().toString().substring(0, 6) + "号";
		county.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "address", address)).retrieve().toBodilessEntity();
		county.post().uri("/api/v1/screening-rounds").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "deadline", LocalDate.now(FIELD).plusDays(3).toString()))
			.retrieve().toBodilessEntity();
		long order = order(grid);
		fever(order);

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		assertThat(browser.text("#home-title")).isEqualTo("今日待办");
		for (String kind : List.of("round-visits", "alerts")) {
			assertThat(Long.parseLong(browser.text("#home-waiting-" + kind + "-count"))).as(kind).isPositive();
		}
		Map<String, String> firsts = new LinkedHashMap<>();
		for (WebElement first : browser.driver.findElements(By.cssSelector("a[id^=home-waiting-][id$=-first]"))) {
			firsts.put(first.getAttribute("id"), first.getDomAttribute("href"));
		}
		assertThat(firsts).containsKeys("home-waiting-round-visits-first", "home-waiting-alerts-first");

		List<String> visited = new ArrayList<>();
		for (Map.Entry<String, String> first : firsts.entrySet()) {
			browser.go("/");
			browser.clickThrough("#" + first.getKey());
			String href = first.getValue();
			assertThat(browser.driver.getCurrentUrl()).as(first.getKey()).endsWith(href);
			browser.waitFor(landmark(href));
			visited.add(href);
		}
		assertThat(visited).hasSize(firsts.size());
	}

	@Test
	void aFeverSavedElsewhereShowsInTheTownshipsNavigationAndHomeWithoutAReload() {
		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.waitFor("#home-waiting");
		browser.waitFor("#nav-alerts-live");
		long before = liveCount();
		long onHome = homeCount();
		script("window.notReloaded = true;");

		fever(order("511528103"));

		browser.until(driver -> liveCount() > before);
		// The badge's answer told the home page that the alerts changed: its work list follows.
		browser.until(driver -> homeCount() > onHome);
		assertThat(script("return window.notReloaded === true;")).as("the page was not reloaded").isEqualTo(true);
		assertThat(browser.find("#nav-alerts-live-count").getAttribute("class")).contains("badge-red");
		browser.clickThrough("#nav-alerts-live");
		browser.waitFor("#alert-list .alert-card");
	}

	/** The element that shows the first item's page arrived: the anchored record itself, or the page's own form. */
	private static String landmark(String href) {
		if (href.contains("#")) {
			return "#" + href.substring(href.indexOf('#') + 1);
		}
		if (href.startsWith("/alerts/")) {
			return "#alert-person";
		}
		if (href.startsWith("/verification/")) {
			return "#verification-form";
		}
		if (href.endsWith("/check")) {
			return "#temperature";
		}
		return "main h1";
	}

	private long homeCount() {
		List<WebElement> count = browser.driver.findElements(By.id("home-waiting-alerts-count"));
		return count.isEmpty() ? 0 : Long.parseLong(count.getFirst().getText().strip());
	}

	private long liveCount() {
		List<WebElement> count = browser.driver.findElements(By.id("nav-alerts-live-count"));
		return count.isEmpty() ? 0 : Long.parseLong(count.getFirst().getText().strip());
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser.driver).executeScript(code);
	}

	/** An order at home, started yesterday, for a new person of {@code place}. */
	private long order(String place) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", OwnTree.uniqueIdNumber());
		person.put("name", "热" + UUID.randomUUID().toString().substring(0, 6));
		person.put("jurisdictionCode", place);
		long personId = json(county.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON).body(person)
			.retrieve().body(String.class)).path("id").asLong();
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("personId", personId);
		order.put("kind", "HOME");
		order.put("reason", "CLOSE_CONTACT");
		order.put("startDate", LocalDate.now(FIELD).minusDays(1).toString());
		return json(county.post().uri("/api/v1/observations").contentType(MediaType.APPLICATION_JSON).body(order)
			.retrieve().body(String.class)).path("id").asLong();
	}

	/** A fever reading of yesterday, as a phone would save it through the API. */
	private void fever(long order) {
		Map<String, Object> check = new LinkedHashMap<>();
		check.put("clientId", UUID.randomUUID().toString());
		check.put("date", LocalDate.now(FIELD).minusDays(1).toString());
		check.put("slot", 1);
		check.put("temperature", 38.8);
		check.put("symptoms", List.of());
		JsonNode saved = json(county.post().uri("/api/v1/observations/" + order + "/checks")
			.contentType(MediaType.APPLICATION_JSON).body(check).retrieve().body(String.class));
		assertThat(saved.path("alertId").asLong()).as(saved.toString()).isPositive();
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}
}
