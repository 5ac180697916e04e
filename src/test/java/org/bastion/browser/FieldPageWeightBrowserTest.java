package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.pushedlists.PushedListClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A grid worker's field pages on a 360 × 640 phone (the home, the roadside form, the arrival, checks, visits and
 * verification) cost under 10 KB each once the phone has been there:
 * the styles and htmx come from its cache, the page itself compressed. Counted in bytes the browser
 * received (Resource Timing's {@code transferSize}, the page and everything it loaded), not in time.
 */
class FieldPageWeightBrowserTest extends BrowserTest {

	private static final long BUDGET = 10 * 1024;

	@Test
	void theGridWorkersFieldPagesAfterTheFirstLoadEachTransferUnderTenKilobytes() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient grid = ApiClient.signedIn(port, "demo-grid");
		PushedListClient lists = new PushedListClient(port);
		String gridCode = lists.me("demo-grid").path("jurisdictionCode").asString();
		String name = "轻页" + UUID.randomUUID().toString().substring(0, 5);
		long person = lists.register(PushedListClient.uniqueId(), name, PushedListClient.uniquePhone(), gridCode);
		long order = order(grid, person);
		long round = round(county, gridCode);
		String listed = "轻页核查" + UUID.randomUUID().toString().substring(0, 5);
		String listedId = PushedListClient.uniqueId();
		lists.register(listedId, listed, null, gridCode);
		String csv = "姓名,身份证号,所属乡镇\n%s,%s,\n".formatted(listed, listedId);
		lists.uploadAndWait("demo-county", "light.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		long entry = 0;
		for (JsonNode e : lists.items("demo-grid", "/api/v1/list-entries?limit=200")) {
			if (listed.equals(e.path("name").asString())) {
				entry = e.path("id").asLong();
			}
		}
		assertThat(entry).as("the list's entry on the grid worker's list").isPositive();
		long checkpoint = checkpoint(county, gridCode);

		browser.driver.manage().window().setSize(new Dimension(360, 640));
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		for (String page : List.of("/", "/checkpoints/" + checkpoint + "/passages/new", "/arrivals/new", "/observations/today", "/observations/" + order + "/check",
				"/rounds/" + round + "/visits", "/verification", "/verification/" + entry)) {
			browser.go(page);
			browser.waitFor("main");
			long first = transferred();
			browser.go(page);
			browser.waitFor("main");
			long second = transferred();
			System.out.printf("page weight %s: first load %d B, second %d B%n", page, first, second);
			assertThat(second).as("bytes transferred loading %s again: %s", page, entries()).isLessThan(BUDGET);
		}
	}

	/** What the page now shown cost: its own response and every file it loaded, as received (compressed, headers too). */
	private long transferred() {
		return ((Number) script("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, e) => sum + e.transferSize, 0);
				""")).longValue();
	}

	private Object entries() {
		return script("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .map(e => e.name + ' ' + e.transferSize + ' B');
				""");
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser.driver).executeScript(code);
	}

	private static long order(RestClient monitor, long person) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", person);
		body.put("kind", "HOME");
		body.put("reason", "ARRIVAL_FROM_RISK_AREA");
		body.put("startDate", LocalDate.now().minusDays(1).toString());
		JsonNode order = monitor.post().uri("/api/v1/observations").contentType(MediaType.APPLICATION_JSON)
			.body(body).retrieve().body(JsonNode.class);
		assertThat(order.path("id").asLong()).as("%s", order).isPositive();
		return order.path("id").asLong();
	}

	/** A village road's post in the grid, where the grid worker registers passages. */
	private static long checkpoint(RestClient county, String gridCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "轻页卡点" + UUID.randomUUID().toString().substring(0, 5));
		body.put("level", "VILLAGE_ROAD");
		body.put("jurisdictionCode", gridCode);
		body.put("agencies", List.of("VOLUNTEERS"));
		JsonNode checkpoint = county.post().uri("/api/v1/checkpoints").contentType(MediaType.APPLICATION_JSON)
			.body(body).retrieve().body(JsonNode.class);
		assertThat(checkpoint.path("id").asLong()).as("%s", checkpoint).isPositive();
		return checkpoint.path("id").asLong();
	}

	private static long round(RestClient county, String gridCode) {
		JsonNode round = county.post().uri("/api/v1/screening-rounds").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", gridCode, "deadline", LocalDate.now().plusDays(3).toString()))
			.retrieve().body(JsonNode.class);
		assertThat(round.path("id").asLong()).as("%s", round).isPositive();
		return round.path("id").asLong();
	}
}
