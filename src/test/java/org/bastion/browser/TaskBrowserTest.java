package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The township dispatches a task due at 20:00 to a grid worker, picked by name; on a small phone the worker
 * acknowledges it from their inbox and reports it done with a note, and it leaves the inbox.
 */
class TaskBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOWNSHIP = "511528103";

	@Test
	void aDispatchedTaskIsAcknowledgedOnAPhoneAndDone() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String village = JSON.readTree(ApiClient.signedIn(port, "demo-admin").get().uri("/api/v1/jurisdictions/" + TOWNSHIP
				+ "/children").retrieve().body(String.class)).path("items").get(0).path("code").asString();
		String worker = "tb-" + suffix;
		// A name that sorts first, so that the list of the township's staff shows it however many accounts it has.
		String name = "A任务" + suffix;
		long workerId = JSON.readTree(ApiClient.signedIn(port, "demo-admin").post().uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", worker, "displayName", name, "password", ApiClient.PASSWORD, "role", "GRID_WORKER",
					"jurisdictionCode", village))
			.retrieve()
			.body(String.class)).path("id").asLong();
		String title = "夜间巡查" + suffix;
		String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1) + "T20:00";

		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/tasks/new");
		browser.type("#title", title);
		browser.type("#detail", "沿河道巡查一遍");
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", browser.find("#due"), due);
		browser.click("input[name='priority'][value='URGENT']");
		new Select(browser.find("#assigneeUserId")).selectByValue(String.valueOf(workerId));
		browser.clickThrough("#task-submit");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#task-notice")).contains(title);
		WebElement sent = browser.find("#area-task-list");
		WebElement card = sent.findElement(By.xpath(".//section[.//h2[text()='" + title + "']]"));
		String id = card.getDomAttribute("id");
		assertThat(card.getText()).contains(name, "待签收", "紧急");
		browser.close();

		Path profile = Files.createTempDirectory("bastion-tasks");
		browser = Browser.onPhone(port, profile);
		browser.signIn(worker, ApiClient.PASSWORD);
		browser.go("/tasks");
		browser.waitFor("#" + id);
		WebElement acknowledge = browser.find("#" + id + "-acknowledge");
		assertThat(acknowledge.getSize().getHeight()).isGreaterThanOrEqualTo(44);
		assertThat(browser.text("#" + id)).contains(title, "截止");
		browser.clickThrough("#" + id + "-acknowledge");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#task-notice")).contains("已签收", title);
		assertThat(browser.text("#" + id + "-status")).isEqualTo("已签收");

		browser.type("#" + id + "-note", "已巡查，无异常");
		browser.clickThrough("#" + id + "-complete");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#task-notice")).contains("已办结", title);
		assertThat(browser.driver.findElements(By.id(id))).isEmpty();
	}
}
