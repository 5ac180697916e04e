package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The township sends a task to one of its work groups; a member, on a small phone, acknowledges it in their
 * inbox, takes a photo with the camera (here a file) and reports it done; the task's page shows the photo.
 */
class GroupTaskBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOWNSHIP = "511528103";

	@Test
	void aGroupMemberDoesTheGroupsTaskOnAPhoneWithAPhoto() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		String village = JSON.readTree(admin.get().uri("/api/v1/jurisdictions/" + TOWNSHIP + "/children").retrieve()
			.body(String.class)).path("items").get(0).path("code").asString();
		String member = "gb-" + suffix;
		long memberId = JSON.readTree(admin.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", member, "displayName", "组员" + suffix, "password", ApiClient.PASSWORD, "role",
					"GRID_WORKER", "jurisdictionCode", village))
			.retrieve().body(String.class)).path("id").asLong();
		RestClient township = ApiClient.signedIn(port, "demo-township");
		long group = JSON.readTree(township.post().uri("/api/v1/work-groups").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("kind", "TREATMENT", "name", "医疗救治组" + suffix)).retrieve().body(String.class)).path("id").asLong();
		township.post().uri("/api/v1/work-groups/" + group + "/members").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("userId", memberId)).retrieve().toBodilessEntity();
		String title = "转运发热人员" + suffix;
		long task = JSON.readTree(township.post().uri("/api/v1/tasks").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "due", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1) + "T20:00", "groupId", group))
			.retrieve().body(String.class)).path("id").asLong();

		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.GREEN);
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		Path photo = Files.createTempFile("bastion-task-photo", ".png");
		ImageIO.write(image, "png", photo.toFile());

		browser.close();
		browser = Browser.onPhone(port, Files.createTempDirectory("bastion-group-task"));
		browser.signIn(member, ApiClient.PASSWORD);
		browser.go("/tasks");
		String id = "task-" + task;
		browser.waitFor("#" + id);
		assertThat(browser.text("#" + id)).contains(title, "派给工作组：医疗救治组" + suffix);
		browser.clickThrough("#" + id + "-acknowledge");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#" + id + "-status")).isEqualTo("已签收");

		browser.type("#" + id + "-note", "已转运至发热门诊");
		WebElement file = browser.find("#" + id + "-photo");
		assertThat(file.getDomAttribute("accept")).contains("image/");
		assertThat(file.getDomAttribute("capture")).isNotNull();
		file.sendKeys(photo.toAbsolutePath().toString());
		browser.clickThrough("#" + id + "-complete");
		browser.waitFor("#task-notice");
		assertThat(browser.text("#task-notice")).contains("已办结", title);

		browser.go("/tasks/" + task);
		browser.waitFor("#task-photo img");
		WebElement shown = browser.find("#task-photo img");
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Browser.PATIENCE).until(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", shown));
		assertThat(((Number) ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalWidth", shown))
			.intValue()).isEqualTo(64);
		assertThat(browser.text("#" + id + "-status")).isEqualTo("已完成");
		Files.deleteIfExists(photo);
	}
}
