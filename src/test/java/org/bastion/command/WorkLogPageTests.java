package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages of the day's rhythm, in a village of their own: the evening review shows the draft unsaved, saves
 * it as the work log and shows it saved with its versions; a save over a newer version is refused in words
 * with what was typed kept; the log is found on the list by its words; the dispatch list shows the day; leaders
 * read without a form, grid workers are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkLogPageTests {

	@LocalServerPort
	int port;

	String village;

	@BeforeEach
	void freshVillage() {
		HealthFixtures fx = new HealthFixtures(port);
		village = HealthFixtures.TOWNSHIP + "WP" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		Reply created = fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", village, "name", "页面村" + village.substring(11), "parentCode", HealthFixtures.TOWNSHIP,
						"level", "VILLAGE"));
		if (created.status() == 409) {
			freshVillage();
			return;
		}
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
	}

	@Test
	void theReviewIsSavedAsTheLogThenRefusedWhenStaleAndFoundOnTheList() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String review = "/command/review?jurisdiction=" + village;
		String page = township.get(review).body();
		assertThat(page).contains("id=\"review-state\"", "今日晚研判 未保存", "id=\"review-save\"", "应报 1 个单位，已报 0 个");
		assertThat(PageSession.field(page, "version")).isEqualTo("0");

		String word = "页面研判" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("jurisdiction", village);
		form.put("date", HealthFixtures.today().toString());
		form.put("version", "0");
		form.put("clientId", PageSession.field(page, "clientId"));
		form.put("reports", "日报未报齐");
		form.put("assessment", word);
		var posted = township.post("/command/review", form, page);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		URI location = URI.create(posted.headers().firstValue("Location").orElseThrow());
		String saved = township.get(location.getRawPath() + "?" + location.getRawQuery()).body();
		assertThat(saved).contains("已保存工作日志（第 1 版）", "已保存第 1 版", "id=\"review-version-1\"", word);
		assertThat(PageSession.field(saved, "version")).isEqualTo("1");

		form.put("clientId", UUID.randomUUID().toString());
		form.put("assessment", "过期的修改");
		var stale = township.post("/command/review", form, saved);
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("id=\"review-error\"", "版本号（version）已过期", "过期的修改");
		assertThat(PageSession.field(stale.body(), "version")).as("the retry edits the version saved").isEqualTo("1");

		form.put("assessment", "");
		form.put("reports", "");
		form.put("version", "1");
		var blank = township.post("/command/review", form, saved);
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("工作日志不能为空");

		String list = township.get("/command/work-logs?q=" + PageSession.enc(word)).body();
		assertThat(list).contains("id=\"worklog-list\"", "/command/review?jurisdiction=" + village, word);
		assertThat(township.get("/command/work-logs?q=" + PageSession.enc(word) + "&to="
				+ HealthFixtures.today().minusDays(1)).body()).contains("id=\"worklog-none\"");

		String leader = PageSession.signIn(port, "demo-leader").get(review).body();
		assertThat(leader).contains("id=\"review-read\"", word).doesNotContain("id=\"review-save\"");
		assertThat(PageSession.signIn(port, "demo-grid").get(review).statusCode()).isEqualTo(403);
	}

	@Test
	void theTownshipsHomeShowsTheEveningReviewUntilItsLogIsSaved() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		String staff = "wp-" + UUID.randomUUID().toString().substring(0, 12);
		assertThat(fx.post("demo-admin", "/api/v1/users", Map.of("username", staff, "displayName", "页面镇员", "password",
				org.bastion.ApiClient.PASSWORD, "role", "TOWNSHIP_STAFF", "jurisdictionCode", village)).status()).isEqualTo(201);
		PageSession hq = PageSession.signIn(port, staff);
		assertThat(hq.get("/").body()).contains("id=\"home-waiting-command-evening-review\"", "今日晚研判 未保存");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assessment", "今日正常");
		assertThat(fx.put(staff, "/api/v1/work-log", body).status()).isEqualTo(200);
		assertThat(hq.get("/").body()).doesNotContain("id=\"home-waiting-command-evening-review\"");
	}

	@Test
	void theDispatchListShowsTheDayPrintable() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String sheet = township.get("/command/dispatch?jurisdiction=" + village).body();
		assertThat(sheet).contains("id=\"dispatch-heading\"", "id=\"dispatch-print\"", "id=\"dispatch-none\"");
		var wrong = township.get("/command/dispatch?date=03-02");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"error-message\"");
	}
}
