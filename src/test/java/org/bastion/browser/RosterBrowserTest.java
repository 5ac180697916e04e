package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The township generates a week of three eight-hour shifts for a checkpoint from two people, sees the
 * shifts the rest rules left short in red, and fills one by hand with a third person as its leader.
 */
class RosterBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOWNSHIP = "511528103";

	@Test
	void theTownshipGeneratesAWeekSeesAGapAndFillsIt() {
		RestClient township = ApiClient.signedIn(port, "demo-township");
		Map<String, Object> checkpoint = new LinkedHashMap<>();
		checkpoint.put("name", "排班页卡点" + UUID.randomUUID().toString().substring(0, 6));
		checkpoint.put("level", "TOWNSHIP_BORDER");
		checkpoint.put("jurisdictionCode", TOWNSHIP);
		checkpoint.put("agencies", List.of("TOWNSHIP", "VOLUNTEERS"));
		long id = json(township.post().uri("/api/v1/checkpoints").contentType(MediaType.APPLICATION_JSON).body(checkpoint)
			.retrieve().body(String.class)).path("id").asLong();
		// Names that sort first, so that the pool's list shows them however many accounts the township has.
		long first = staff("A甲" + UUID.randomUUID().toString().substring(0, 4));
		long second = staff("A乙" + UUID.randomUUID().toString().substring(0, 4));
		String thirdName = "A丙" + UUID.randomUUID().toString().substring(0, 4);
		long third = staff(thirdName);
		LocalDate monday = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/checkpoints/" + id + "/roster?week=" + monday);
		browser.waitFor("#roster-generate");
		assertThat(browser.text("#roster-none")).isNotBlank();
		new Select(browser.find("#roster-pattern")).selectByValue("THREE_EIGHTS");
		browser.find("#roster-min").clear();
		browser.type("#roster-min", "1");
		browser.click("#pool-" + first);
		browser.click("#pool-" + second);
		browser.clickThrough("#roster-generate-submit");
		browser.waitFor("#roster-notice");
		browser.waitFor("#roster-grid");

		// Two people may each work one eight-hour shift a day: the third shift of every day is a gap.
		int gaps = browser.driver.findElements(By.cssSelector("#roster-grid .shift-gap")).size();
		assertThat(gaps).isEqualTo(7);
		assertThat(browser.driver.findElements(By.cssSelector("#roster-grid td[id^=shift-]"))).hasSize(21);
		assertThat(browser.text("#roster-grid")).contains("缺带班人");
		assertThat(browser.text("#roster-hours")).contains("A甲", "A乙");

		new Select(browser.find("#roster-fill-user")).selectByValue(String.valueOf(third));
		// The generator's notice is still on the page until the filled week replaces it.
		browser.clickThrough("#roster-fill-submit");
		browser.waitFor("#roster-notice");
		assertThat(browser.text("#roster-notice")).contains("已补岗");
		assertThat(browser.driver.findElements(By.cssSelector("#roster-grid .shift-gap"))).hasSize(6);
		assertThat(browser.text("#roster-grid")).contains(thirdName + "（带班）");
	}

	private long staff(String name) {
		String username = "rb-" + UUID.randomUUID().toString().substring(0, 10);
		String created = ApiClient.signedIn(port, "demo-admin").post().uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", name, "password", ApiClient.PASSWORD, "role", "CHECKPOINT_STAFF",
					"jurisdictionCode", TOWNSHIP))
			.retrieve()
			.body(String.class);
		return json(created).path("id").asLong();
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}
}
