package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.ApiClient;
import org.bastion.pushedlists.PushedListClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A thumb on a 360 × 640 phone: everything it can tap is at least 44 px high and wide (the link, button,
 * folded section's title, or the label holding a checkbox), and the arrival form shows only the transport
 * field of the mode chosen.
 */
class TapTargetBrowserTest extends BrowserTest {

	private static final double TAP = 44;

	@BeforeEach
	void phoneSized() {
		browser.driver.manage().window().setSize(new Dimension(360, 640));
	}

	@Test
	void everyTapTargetOfTheGridWorkersPagesIsAtLeastFortyFourPixels() {
		String grid = ApiClient.signedIn(port, "demo-grid").get().uri("/api/v1/me").retrieve().body(JsonNode.class)
			.path("jurisdictionCode").asString();
		long round = ApiClient.signedIn(port, "demo-county").post().uri("/api/v1/screening-rounds")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "deadline", LocalDate.now().plusDays(3).toString()))
			.retrieve().body(JsonNode.class).path("id").asLong();
		PushedListClient people = new PushedListClient(port);
		long person = people.register(PushedListClient.uniqueId(), "指尖" + round, PushedListClient.uniquePhone(), grid);
		long order = ApiClient.signedIn(port, "demo-grid").post().uri("/api/v1/observations").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("personId", person, "kind", "HOME", "reason", "CLOSE_CONTACT", "startDate", LocalDate.now().minusDays(1).toString()))
			.retrieve().body(JsonNode.class).path("id").asLong();
		Map<String, Object> post = new LinkedHashMap<>();
		post.put("name", "指尖卡点" + round);
		post.put("level", "VILLAGE_ROAD");
		post.put("jurisdictionCode", grid);
		post.put("agencies", List.of("VOLUNTEERS"));
		long checkpoint = ApiClient.signedIn(port, "demo-county").post().uri("/api/v1/checkpoints")
			.contentType(MediaType.APPLICATION_JSON).body(post).retrieve().body(JsonNode.class).path("id").asLong();
		Map<String, List<?>> small = new LinkedHashMap<>();
		browser.go("/login");
		browser.waitFor("main");
		small.put("/login", tooSmall());
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		for (String page : List.of("/", "/arrivals/new", "/observations/today", "/observations/" + order,
				"/observations/" + order + "/check", "/rounds/" + round + "/visits", "/verification", "/people",
				"/people/" + person, "/checkpoints/" + checkpoint + "/passages/new", "/offline", "/tasks")) {
			browser.go(page);
			browser.waitFor("main");
			browser.openMenu();
			small.put(page, tooSmall());
		}
		browser.go("/rounds/" + round + "/visits");
		browser.click("#visits-list details > summary");
		small.put("an unfolded visit card", tooSmall());
		small.values().removeIf(List::isEmpty);
		assertThat(small).as("tap targets under %s px, the menu open", TAP).isEmpty();
	}

	@Test
	void theArrivalFormShowsThePlateForACarAndTheNumberForATrain() {
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/arrivals/new");
		browser.click("input.transport-mode[value=CAR]");
		browser.until(d -> browser.find("#plate-field").isDisplayed() && !browser.find("#number-field").isDisplayed());
		browser.click("input.transport-mode[value=TRAIN]");
		browser.until(d -> !browser.find("#plate-field").isDisplayed() && browser.find("#number-field").isDisplayed());
		browser.click("input.transport-mode[value=OTHER]");
		browser.until(d -> !browser.find("#plate-field").isDisplayed() && !browser.find("#number-field").isDisplayed());
	}

	/** What a finger can tap on the page as shown and is smaller than {@link #TAP} either way, named to be found. */
	private List<?> tooSmall() {
		return (List<?>) ((JavascriptExecutor) browser.driver).executeScript("""
				const tap = arguments[0] - 0.5;
				return Array.from(document.querySelectorAll(
				    'a[href], button, summary, select, textarea, input:not([type=hidden])'))
				  .map(e => [e, e.closest('label') || e])
				  .filter(([e, target]) => target.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
				  .map(([e, target]) => [e, target.getBoundingClientRect()])
				  .filter(([e, r]) => r.height < tap || r.width < tap)
				  .map(([e, r]) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
				    + (e.textContent || e.value || '').trim().slice(0, 30) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
				""", TAP);
	}
}
