package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * A grid worker at a door finds a returnee: from the household's card straight to the arrival form with
 * the place filled in, and back to a card that says the household has returnees.
 */
class ReturneeFoundBrowserTest extends BrowserTest {

	@Test
	void aReturneeRegisteredFromTheDoorMarksTheHousehold() {
		Doors doors = Doors.open(port, "返乡测试户");
		Map.Entry<String, Long> door = doors.visits().entrySet().iterator().next();
		String address = door.getKey();
		long visit = door.getValue();

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/rounds/" + doors.round() + "/visits");
		browser.waitFor("#visit-" + visit + "-register");
		browser.click("#visit-" + visit + "-register");
		browser.waitFor("#arrival-found-visit");
		assertThat(browser.text("#arrival-found-visit")).contains(address);
		assertThat(browser.find("#jurisdictionCode").getAttribute("value")).isEqualTo(doors.grid());
		Doors.typeReturnee(browser, "门前");
		browser.click("#arrival-submit");
		browser.waitFor("#arrival-risk-level");

		browser.go("/rounds/" + doors.round() + "/visits");
		browser.waitFor("#visit-" + visit);
		assertThat(browser.text("#visit-" + visit)).contains("已走访·有返乡人员").contains("返乡1人");
	}
}
