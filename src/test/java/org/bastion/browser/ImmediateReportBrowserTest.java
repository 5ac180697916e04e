package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A grid worker reports a checkpoint incident from the phone; the township's staff find it in red in their
 * navigation and on their home page, open it and acknowledge it, and it leaves their list.
 */
class ImmediateReportBrowserTest extends BrowserTest {

	@Test
	void aGridWorkersReportReachesTheTownshipsHomeAndIsAcknowledgedThere() {
		String what = "卡点劝返一辆鄂A牌照车辆 " + UUID.randomUUID().toString().substring(0, 8);

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.openMenu();
		browser.clickThrough("#nav-immediate-reports");
		new Select(browser.find("#kind")).selectByValue("CHECKPOINT_INCIDENT");
		assertThat(new Select(browser.find("#jurisdictionCode")).getFirstSelectedOption().getAttribute("value"))
			.as("the grid worker's own grid is chosen").isNotEmpty();
		browser.type("#whatHappened", what);
		browser.type("#reporterPhone", "13912345678");
		browser.click("#immediate-submit");
		browser.waitFor("#immediate-notice");
		assertThat(browser.text("#immediate-what")).isEqualTo(what);
		assertThat(browser.text("#immediate-status")).isEqualTo("待签收");
		assertThat(browser.find("#nav").findElements(By.id("nav-waiting-immediate-reports")))
			.as("no report waits for the reporter").isEmpty();
		browser.click("#logout");
		browser.waitFor("#username");

		browser.signIn("demo-township", ApiClient.PASSWORD);
		assertThat(Long.parseLong(browser.text("#nav-waiting-immediate-reports-count"))).isPositive();
		assertThat(browser.find("#nav-waiting-immediate-reports-count").getAttribute("class")).contains("badge-red");
		WebElement listed = listedOnHome(what);
		assertThat(listed.getAttribute("class")).contains("alert");
		WebElement page = browser.find("html");
		listed.findElement(By.tagName("a")).click();
		browser.untilGone(page);
		assertThat(browser.text("#immediate-what")).isEqualTo(what);
		assertThat(browser.text("#immediate-reporter")).isEqualTo("网格员 刘洋");

		browser.type("#note", "已派人到卡点");
		browser.click("#immediate-acknowledge-submit");
		browser.waitFor("#immediate-notice");
		assertThat(browser.text("#immediate-status")).isEqualTo("已签收");
		assertThat(browser.text("#immediate-acknowledged-by")).isEqualTo("共乐镇 王芳");
		assertThat(browser.find("main").findElements(By.id("immediate-acknowledge"))).isEmpty();

		browser.openMenu();
		browser.clickThrough("#nav-home");
		assertThat(browser.find("main").getText()).doesNotContain(what);
	}

	/** The home page's item of the report, among the newest open ones. */
	private WebElement listedOnHome(String what) {
		browser.waitFor("#home-waiting-immediate-reports");
		return browser.until(driver -> driver.findElements(By.cssSelector("#home-waiting-immediate-reports li")).stream()
			.filter(item -> item.getText().contains(what))
			.findFirst()
			.orElse(null));
	}
}
