package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.bastion.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The day's rhythm in Chromium, with the server's clock at 20:00 of today (the field's zone): the township
 * dispatches a task then, due on post at 23:30, to a grid worker of a village of its own; on a small phone the
 * worker acknowledges it and reports it done with a photo of the post, which the township sees on the task's
 * page; the township's evening review
 * shows it done, in the figures and in the draft, and the dispatch list too; the township saves the draft as
 * the day's work log and finds it again on the list of logs by its date.
 */
class EveningReviewBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOWNSHIP = "511528103";

	private static final ZoneId FIELD = ZoneId.of("Asia/Shanghai");

	private static final MovableClock CLOCK = new MovableClock(Clock.system(FIELD));

	/** The server's clock: the system's until the test moves it. */
	@TestBean(name = "fieldZoneClock", methodName = "serverClock")
	Clock serverClock;

	static Clock serverClock() {
		return CLOCK;
	}

	@AfterEach
	void clockBack() {
		CLOCK.reset();
	}

	@Test
	void aTaskDoneOnAPhoneShowsOnTheEveningReviewWhichIsSavedAndFoundByDate() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		String village = TOWNSHIP + "EB" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		String villageName = "研判村" + suffix;
		admin.post().uri("/api/v1/jurisdictions").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", village, "name", villageName, "parentCode", TOWNSHIP, "level", "VILLAGE"))
			.retrieve().toBodilessEntity();
		String worker = "eb-" + suffix;
		String name = "研判员" + suffix;
		long workerId = JSON.readTree(admin.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", worker, "displayName", name, "password", ApiClient.PASSWORD, "role", "GRID_WORKER",
					"jurisdictionCode", village))
			.retrieve()
			.body(String.class)).path("id").asLong();
		String title = "夜间卡点值守" + suffix;
		LocalDate today = LocalDate.now(FIELD);
		RestClient township = ApiClient.signedIn(port, "demo-township");
		CLOCK.moveTo(today.atTime(20, 0).atZone(FIELD).toInstant());
		JsonNode dispatched = JSON.readTree(township.post().uri("/api/v1/tasks")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "due", today + "T23:30", "priority", "URGENT", "assigneeUserId", workerId))
			.retrieve()
			.body(String.class));
		long taskId = dispatched.path("id").asLong();
		assertThat(LocalDateTime.ofInstant(Instant.parse(dispatched.path("dispatchedAt").asString()), FIELD)
			.truncatedTo(ChronoUnit.HOURS)).as("dispatched at 20:00 by the server's clock").isEqualTo(today.atTime(20, 0));
		String card = "task-" + taskId;

		browser.close();
		browser = Browser.onPhone(port, Files.createTempDirectory("bastion-review"));
		browser.signIn(worker, ApiClient.PASSWORD);
		browser.go("/tasks");
		browser.waitFor("#" + card);
		assertThat(browser.find("#" + card + "-acknowledge").getSize().getHeight()).isGreaterThanOrEqualTo(44);
		browser.clickThrough("#" + card + "-acknowledge");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#" + card + "-status")).isEqualTo("已签收");
		browser.type("#" + card + "-note", "已到岗，值守正常");
		// The post's photo, taken with the phone's camera (here a file handed to the camera's input).
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 40, 30);
		g.dispose();
		Path photo = Files.createTempFile("bastion-post-photo", ".png");
		ImageIO.write(image, "png", photo.toFile());
		browser.find("#" + card + "-photo").sendKeys(photo.toAbsolutePath().toString());
		browser.clickThrough("#" + card + "-complete");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#task-notice")).contains("已办结", title);
		browser.close();

		Instant closedAt = Instant.parse(JSON.readTree(ApiClient.signedIn(port, "demo-township").get()
			.uri("/api/v1/tasks/" + taskId).retrieve().body(String.class)).path("closedAt").asString());
		LocalDate day = LocalDate.ofInstant(closedAt, FIELD);
		assertThat(day).as("done the evening it was dispatched").isEqualTo(today);

		browser = Browser.open(port);
		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/command/dispatch?jurisdiction=" + village + "&date=" + day);
		browser.waitFor("#dispatch-task-" + taskId);
		assertThat(browser.text("#dispatch-task-" + taskId)).contains(title, name);
		assertThat(browser.text("#dispatch-task-" + taskId + "-status")).isEqualTo("已完成");

		browser.go("/tasks/" + taskId);
		browser.waitFor("#task-photo img");
		WebElement shown = browser.find("#task-photo img");
		browser.until(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 40", shown));
		Files.deleteIfExists(photo);

		browser.go("/command/review?jurisdiction=" + village + "&date=" + day);
		browser.waitFor("#review-done-list");
		assertThat(browser.text("#review-done-list")).contains(title, name);
		assertThat(browser.text("#review-state")).contains("未保存");
		assertThat(browser.find("#tasks").getDomProperty("value")).contains("办结的任务：", title + "（" + name + "：已到岗，值守正常）");
		String assessment = "明日继续值守" + suffix;
		browser.type("#assessment", assessment);
		browser.clickThrough("#review-save");
		browser.waitFor("#review-notice");
		assertThat(browser.text("#review-notice")).contains("第 1 版");
		assertThat(browser.text("#review-state")).contains("已保存第 1 版");

		browser.go("/command/work-logs");
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		js.executeScript("arguments[0].value = arguments[1]", browser.find("#worklog-from"), day.toString());
		js.executeScript("arguments[0].value = arguments[1]", browser.find("#worklog-to"), day.toString());
		browser.clickThrough("#worklog-search-submit");
		browser.waitFor("#worklog-list");
		assertThat(browser.text("#worklog-list")).contains(day + " " + villageName, assessment);
		browser.click("#worklog-list a[href*='" + village + "']");
		browser.waitFor("#review-version-1");
		assertThat(browser.find("#assessment").getDomProperty("value")).isEqualTo(assessment);
	}
}
