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
 * A grid worker's round of doors on a 360 × 640 phone: a returnee found at a door is registered from the
 * prefilled form, 登记下一位 registers a companion from the same household, and the next household is one tap on.
 */
class DoorToDoorBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aReturneeAndACompanionAreRegisteredAtTheDoorAndTheWorkerGoesOnToTheNextHousehold() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		String grid = JSON.readTree(worker.get().uri("/api/v1/jurisdictions").retrieve().body(String.class))
			.path("items").get(0).path("code").asString();
		String address = "门户测试" + UUID.randomUUID().toString().substring(0, 6) + "号";
		for (String door : new String[] { address, address + "隔壁" }) {
			county.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("jurisdictionCode", grid, "address", door)).retrieve().toBodilessEntity();
		}
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
		browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 640));

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/rounds/" + round + "/visits/" + visit);
		browser.click("#visit-" + visit + "-returnees");
		browser.waitFor("#visit-" + visit + "-next");
		browser.clickThrough("#visit-" + visit + "-register");
		assertThat(browser.text("#arrival-found-visit")).contains(address);
		assertThat(browser.find("#jurisdictionCode").getAttribute("value")).isEqualTo(grid);
		register("门前");

		browser.clickThrough("#arrival-next");
		assertThat(browser.text("#arrival-found-visit")).contains(address);
		assertThat(browser.find("#name").getAttribute("value")).isEmpty();
		register("同行");

		browser.clickThrough("#arrival-next-household");
		browser.waitFor("#visit-door");
		assertThat(browser.driver.getCurrentUrl()).matches(".*/rounds/" + round + "/visits/\\d+")
			.doesNotEndWith("/visits/" + visit);
		assertThat(browser.find("#visit-door .visit-form button[value=VISITED_NO_RETURNEES]").isDisplayed()).isTrue();

		browser.go("/rounds/" + round + "/visits/" + visit);
		assertThat(browser.text("#visit-" + visit)).contains("已走访·有返乡人员").contains("返乡2人");
	}

	private void register(String namePrefix) {
		browser.type("#name", namePrefix + ThreadLocalRandom.current().nextInt(1000, 9999));
		browser.type("#idNumber", IdNumber.of("110105",
				LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
				ThreadLocalRandom.current().nextInt(1000)).value());
		browser.type("#originCode", "510100");
		browser.type("#plate", "川A" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		browser.clickThrough("#arrival-submit");
		browser.waitFor("#arrival-risk-level");
	}
}
