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
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HQ opens an isolation site with a one-bed room, checks a person in picked by name (the full room can no
 * longer be picked), records the person's need and meets it, and reads the person's health timeline.
 */
class SiteBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String TOWNSHIP = "511528103";

	@Test
	void hqChecksAPersonIntoASiteAndMeetsTheirNeed() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		String firstName = "隔" + UUID.randomUUID().toString().substring(0, 5);
		long firstOrder = siteOrder(county, firstName);
		String siteName = "共乐宾馆" + UUID.randomUUID().toString().substring(0, 5);

		browser.signIn("demo-county", ApiClient.PASSWORD);
		browser.go("/isolation-sites");
		browser.type("#site-name", siteName);
		browser.pickPlace("jurisdictionCode", "共乐", TOWNSHIP);
		browser.type("#site-staff", "王医生 13800000001");
		browser.click("#site-submit");
		browser.waitFor("#room-submit");
		assertThat(browser.text("#site-name")).isEqualTo(siteName);

		browser.type("#room-number", "101");
		browser.click("#room-submit");
		browser.waitFor("#checkin-submit");
		assertThat(browser.text("#site-beds")).isEqualTo("1");

		// The person is picked by name, as the list of the open orders at a site offers them.
		browser.pick("observationId", firstName, String.valueOf(firstOrder));
		browser.click("#checkin-submit");
		browser.waitFor("#site-notice");
		assertThat(browser.text("#site-occupied")).isEqualTo("1");
		assertThat(browser.text("main")).contains(firstName);

		// A full room cannot be picked for the next check-in.
		assertThat(new Select(browser.find("#checkin-room")).getOptions().get(0).isEnabled()).isFalse();

		String stay = browser.find("li[id^=stay-]").getAttribute("id").substring(5);
		new Select(browser.find("#need-" + stay)).selectByValue("FOOD");
		browser.type("#need-" + stay + "-detail", "清淡饮食");
		browser.click("#need-" + stay + "-submit");
		browser.waitFor("#need-list li");
		assertThat(browser.text("#need-list")).contains("清淡饮食");
		String request = browser.find("#need-list li").getAttribute("id").substring(13);
		browser.type("#fulfil-" + request, "已送餐");
		browser.click("#fulfil-" + request + "-submit");
		browser.waitFor("#needs-none");

		browser.click("#stay-" + stay + " a");
		browser.waitFor("#timeline");
		assertThat(browser.text("#timeline")).contains("101");
	}

	private long siteOrder(RestClient county, String name) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value());
		person.put("name", name);
		person.put("jurisdictionCode", TOWNSHIP);
		long personId = json(county.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON).body(person)
			.retrieve().body(String.class)).path("id").asLong();
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("personId", personId);
		order.put("kind", "SITE");
		order.put("reason", "CLOSE_CONTACT");
		order.put("startDate", LocalDate.now(ZONE).toString());
		return json(county.post().uri("/api/v1/observations").contentType(MediaType.APPLICATION_JSON).body(order)
			.retrieve().body(String.class)).path("id").asLong();
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}
}
