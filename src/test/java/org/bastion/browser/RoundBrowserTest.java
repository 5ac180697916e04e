package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A grid worker walking a screening round on a phone: one tap at a door, and the coverage follows. */
class RoundBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theGridWorkerMarksAHouseholdVisitedAndCoverageShowsIt() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		String grid = json(worker.get().uri("/api/v1/jurisdictions").retrieve().body(String.class))
			.path("items").get(0).path("code").asString();
		String address = "浏览器测试户" + UUID.randomUUID().toString().substring(0, 6) + "号";
		county.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "address", address)).retrieve().toBodilessEntity();
		long round = json(county.post().uri("/api/v1/screening-rounds").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "deadline", LocalDate.now().plusDays(3).toString()))
			.retrieve().body(String.class)).path("id").asLong();
		long visit = 0;
		for (JsonNode v : json(worker.get().uri("/api/v1/screening-rounds/" + round + "/visits?limit=200")
			.retrieve().body(String.class)).path("items")) {
			if (address.equals(v.path("address").asString())) {
				visit = v.path("id").asLong();
			}
		}
		assertThat(visit).isPositive();

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/rounds/" + round + "/visits");
		browser.waitFor("#visit-" + visit + "-none");
		assertThat(browser.text("#visit-" + visit)).contains(address).contains("未走访");
		browser.click("#visit-" + visit + "-none");
		browser.until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#visit-" + visit + " .visit-status"), "已走访"));
		assertThat(browser.driver.findElements(By.id("visit-" + visit + "-none"))).isEmpty();

		browser.go("/rounds/" + round);
		browser.waitFor("#figure-visited");
		assertThat(browser.text("#figure-visited")).isEqualTo("1");
		assertThat(browser.text("#round-area")).isNotBlank();
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}
}
