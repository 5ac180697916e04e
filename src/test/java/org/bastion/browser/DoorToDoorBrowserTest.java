package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A grid worker's round of doors on a 360 × 640 phone: a returnee found at a door is registered from the
 * prefilled form, 登记下一位 registers a companion from the same household, and the next household is one tap on.
 */
class DoorToDoorBrowserTest extends BrowserTest {

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
		browser.click("#visit-" + visit + "-returnees");
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
