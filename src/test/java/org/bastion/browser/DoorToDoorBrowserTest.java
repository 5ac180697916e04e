package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid worker's round of doors on a 360 × 640 phone: a returnee found at a door is registered from the
 * prefilled form, 登记下一位 registers a companion from the same household, and the next household is one tap on;
 * a door with nobody returned is one tap, from the home page or the door before, and a mistake is corrected.
 */
class DoorToDoorBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private int taps;

	@Test
	void aHouseholdIsVisitedInOneTapFromTheHomeAndEachNextInOneMoreAndAMistakeIsCorrectedWithItsHistory() {
		// Doors waiting in the worker's grid, in this round and in any other open one.
		Doors.open(port, "一键甲", "一键乙", "一键丙");
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		browser.driver.manage().window().setSize(new Dimension(360, 640));
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/");

		String home = browser.find("#home-waiting-round-visits-form").getDomAttribute("action");
		long first = Long.parseLong(home.substring(home.lastIndexOf('/') + 1));
		tap("#home-waiting-round-visits-action");
		assertThat(taps).as("taps for the first household, from the home page").isEqualTo(1);
		assertThat(status(worker, first)).isEqualTo("VISITED_NO_RETURNEES");
		// The next household follows, its door's page naming the one just marked.
		browser.waitFor("#visit-before");
		long second = doorShown();
		assertThat(second).isNotEqualTo(first);
		assertThat(browser.find("#visit-door button[value=VISITED_NO_RETURNEES]").isDisplayed()).isTrue();

		tap("#visit-door button[value=VISITED_NO_RETURNEES]");
		assertThat(taps).as("taps for two households").isEqualTo(2);
		assertThat(status(worker, second)).isEqualTo("VISITED_NO_RETURNEES");
		assertThat(doorShown()).isNotIn(first, second);
		assertThat(browser.text("#visit-before")).contains("已走访·无返乡人员");

		// Nobody was home at the second after all: one tap back to it, and the outcome is corrected there.
		tap("#visit-before-correct");
		assertThat(doorShown()).isEqualTo(second);
		browser.click("#visit-" + second + "-correct");
		browser.click("#visit-" + second + "-fix-NOBODY_HOME");
		browser.until(d -> "NOBODY_HOME".equals(status(worker, second)));
		browser.go("/rounds/" + roundOf(worker, second) + "/visits/" + second);
		assertThat(browser.text("#visit-history")).contains("改正：已走访·无返乡人员 → 无人在家");
	}

	/** A tap that loads a page, counted as the worker's thumb makes it. */
	private void tap(String css) {
		taps++;
		browser.clickThrough(css);
	}

	/** The door whose page is open. */
	private long doorShown() {
		String url = browser.driver.getCurrentUrl();
		assertThat(url).matches(".*/rounds/\\d+/visits/\\d+(\\?.*)?");
		String path = url.replaceFirst("\\?.*", "");
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	private static String status(RestClient worker, long visit) {
		return JSON.readTree(worker.get().uri("/api/v1/visits/" + visit).retrieve().body(String.class)).path("status")
			.asString();
	}

	private static long roundOf(RestClient worker, long visit) {
		return JSON.readTree(worker.get().uri("/api/v1/visits/" + visit).retrieve().body(String.class)).path("roundId")
			.asLong();
	}

	@Test
	void aReturneeAndACompanionAreRegisteredAtTheDoorAndTheWorkerGoesOnToTheNextHousehold() {
		Doors doors = Doors.open(port, "门户测试", "门户隔壁");
		Map.Entry<String, Long> door = doors.visits().entrySet().iterator().next();
		String address = door.getKey();
		long visit = door.getValue();
		long round = doors.round();
		browser.driver.manage().window().setSize(new Dimension(360, 640));

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/rounds/" + round + "/visits/" + visit);
		// On a door's own page a tap is a page's form: the door's page again, with returnees, leads to the arrival form.
		browser.clickThrough("#visit-" + visit + "-returnees");
		browser.waitFor("#visit-" + visit + "-next");
		browser.clickThrough("#visit-" + visit + "-register");
		assertThat(browser.text("#arrival-found-visit")).contains(address);
		assertThat(browser.find("#jurisdictionCode").getAttribute("value")).isEqualTo(doors.grid());
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
		Doors.typeReturnee(browser, namePrefix);
		browser.clickThrough("#arrival-submit");
		browser.waitFor("#arrival-risk-level");
	}
}
