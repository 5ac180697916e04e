package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * A grid worker at a door finds a returnee: from the household's card straight to the arrival form with
 * the place filled in, and back to a card that says the household has returnees.
 */
class ReturneeFoundBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aReturneeRegisteredFromTheDoorMarksTheHousehold() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		String grid = JSON.readTree(worker.get().uri("/api/v1/jurisdictions").retrieve().body(String.class))
			.path("items").get(0).path("code").asString();
		String address = "返乡测试户" + UUID.randomUUID().toString().substring(0, 6) + "号";
		county.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "address", address)).retrieve().toBodilessEntity();
		long round = JSON.readTree(county.post().uri("/api/v1/screening-rounds").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "deadline", LocalDate.now().plusDays(3).toString()))
			.retrieve().body(String.class)).path("id").asLong();
		long visit = 0;
		for (JsonNode v : JSON.readTree(worker.get().uri("/api/v1/screening-rounds/" + round + "/visits?limit=200")
			.retrieve().body(String.class)).path("items")) {
			if (address.equals(v.path("address").asString())) {
				visit = v.path("id").asLong();
			}
		}
		assertThat(visit).isPositive();

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/rounds/" + round + "/visits");
		browser.waitFor("#visit-" + visit + "-register");
		browser.click("#visit-" + visit + "-register");
		browser.waitFor("#arrival-found-visit");
		assertThat(browser.text("#arrival-found-visit")).contains(address);
		assertThat(browser.find("#jurisdictionCode").getAttribute("value")).isEqualTo(grid);
		browser.type("#name", "门前" + ThreadLocalRandom.current().nextInt(1000, 9999));
		browser.type("#idNumber", IdNumber.of("110105",
				LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
				ThreadLocalRandom.current().nextInt(1000)).value());
		browser.type("#originCode", "510100");
		browser.type("#plate", "川A" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		browser.click("#arrival-submit");
		browser.waitFor("#arrival-risk-level");

		browser.go("/rounds/" + round + "/visits");
		browser.waitFor("#visit-" + visit);
		assertThat(browser.text("#visit-" + visit)).contains("已走访·有返乡人员").contains("返乡1人");
	}
}
