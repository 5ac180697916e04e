package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Names, not codes: a township worker walks the tree down from their area to the village of an arrival, and
 * adds a person to a household by typing the start of the name and tapping the person offered; HQ moves a
 * grid under another village picked by its name, not typed as its code.
 */
class PickerBrowserTest extends BrowserTest {

	private static final String TOWNSHIP = "511528103";

	private static final String VILLAGE = "511528103201";

	private static final String OTHER_VILLAGE = "511528103202";

	@Test
	void aPlaceIsPickedByWalkingTheTreeDown() {
		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/arrivals/new");
		assertThat(browser.find("#jurisdictionCode-search").getAttribute("value")).isEqualTo("共乐镇 · 兴文县");

		browser.click("#jurisdictionCode-search");
		browser.click("#jurisdictionCode-choices .picker-open[data-parent='" + TOWNSHIP + "']");
		browser.click("#jurisdictionCode-choices .picker-choice[data-code='" + VILLAGE + "']");
		browser.until(driver -> VILLAGE.equals(browser.find("#jurisdictionCode").getAttribute("value")));
		assertThat(browser.find("#jurisdictionCode-search").getAttribute("value")).isEqualTo("冷水桠社区村民委员会 · 共乐镇");

		// Typing after a pick forgets the place, so a stale code never goes out under other words.
		browser.find("#jurisdictionCode-search").sendKeys("x");
		browser.until(driver -> browser.find("#jurisdictionCode").getAttribute("value").isEmpty());
	}

	@Test
	void hqMovesAGridUnderAnotherVillagePickedByName() {
		String grid = VILLAGE + "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
		RestClient county = ApiClient.signedIn(port, "demo-county");
		county.post().uri("/api/v1/jurisdictions").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", grid, "name", "迁移测试组", "parentCode", VILLAGE, "level", "GRID"))
			.retrieve().toBodilessEntity();
		String village = county.get().uri("/api/v1/jurisdictions/" + OTHER_VILLAGE).retrieve().body(JsonNode.class)
			.path("name").asString();

		browser.signIn("demo-county", ApiClient.PASSWORD);
		browser.go("/jurisdictions/" + grid);
		browser.pick("parentCode", village, OTHER_VILLAGE);
		browser.clickThrough("#move-submit");
		browser.waitFor("#jurisdiction-notice");
		assertThat(browser.find("#jurisdiction-lineage a[href='/jurisdictions/" + OTHER_VILLAGE + "']").isDisplayed()).isTrue();
	}

	@Test
	void aHouseholdMemberIsPickedByName() {
		RestClient township = ApiClient.signedIn(port, "demo-township");
		String name = "户" + UUID.randomUUID().toString().substring(0, 4);
		String idNumber = IdNumber.of("511528", java.time.LocalDate.of(1980, 3, 3), 600 + (int) (Math.random() * 300)).value();
		long person = township.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", VILLAGE))
			.retrieve().body(JsonNode.class).path("id").asLong();
		long household = township.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", VILLAGE, "address", "冷水桠" + name))
			.retrieve().body(JsonNode.class).path("id").asLong();

		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/households/" + household);
		browser.type("#personId-search", name);
		browser.click("#personId-choices .picker-choice[data-code='" + person + "']");
		assertThat(browser.find("#personId-search").getAttribute("value")).startsWith(name + " · 511528")
			.doesNotContain(idNumber);
		browser.clickThrough("#member-add");
		assertThat(browser.text("main")).contains(name);
	}
}
