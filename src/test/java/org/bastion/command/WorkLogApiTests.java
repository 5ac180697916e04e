package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.shared.Timestamps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The day's rhythm over HTTP, in a village of its own: the dispatch list groups the day's tasks by area with the
 * overdue ones marked; the evening review drafts the day from its reports and tasks; the HQ saves the draft as
 * the work log once however often it retries, a save over a newer version is refused naming the version, every
 * version is kept, and the logs are found by date and text; only within the area, by HQ, townships and leaders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkLogApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HealthFixtures fx;

	String village;

	String villageName;

	@BeforeEach
	void freshVillage() {
		fx = new HealthFixtures(port);
		village = HealthFixtures.TOWNSHIP + "WL" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		villageName = "日志村" + village.substring(11);
		Reply created = fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", village, "name", villageName, "parentCode", HealthFixtures.TOWNSHIP, "level", "VILLAGE"));
		if (created.status() == 409) {
			freshVillage();
			return;
		}
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
	}

	@Test
	void theDayIsDraftedFromItsTasksAndReportsAndTheDispatchListMarksTheOverdue() {
		String worker = account("GRID_WORKER", village, "日志员");
		long workerId = fx.userId(worker);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long done = dispatch("夜巡" + suffix, workerId);
		long late = dispatch("核查" + suffix, workerId);
		assertThat(fx.post(worker, "/api/v1/tasks/" + done + "/acknowledge", Map.of()).status()).isEqualTo(200);
		Reply closed = fx.post(worker, "/api/v1/tasks/" + done + "/complete", Map.of("note", "已巡查，无异常"));
		assertThat(closed.status()).as(closed.json().toString()).isEqualTo(200);
		// Past due and still open: set back in the table, as no dispatch accepts a due time in the past.
		jdbc.sql("UPDATE command_task SET due_at = ? WHERE id = ?")
			.params(Timestamps.utc(Instant.now().minusSeconds(600)), late)
			.update();
		LocalDate day = LocalDate.ofInstant(Instant.parse(closed.json().path("closedAt").asString()), HealthFixtures.ZONE);

		Reply review = fx.get("demo-township", "/api/v1/work-log/draft?jurisdiction=" + village + "&date=" + day);
		assertThat(review.status()).as(review.json().toString()).isEqualTo(200);
		JsonNode figures = review.json().path("figures");
		assertThat(figures.path("reports").path("expected").asInt()).isEqualTo(1);
		assertThat(figures.path("reports").path("missingUnits").get(0).asString()).isEqualTo(villageName);
		assertThat(titles(figures.path("tasks").path("done"))).containsExactly("夜巡" + suffix);
		assertThat(titles(figures.path("tasks").path("overdue"))).containsExactly("核查" + suffix);
		assertThat(figures.path("tasks").path("dispatched").asLong()).isEqualTo(2);
		JsonNode draft = review.json().path("draft");
		assertThat(draft.path("reports").asString()).contains("应报 1 个单位，已报 0 个", "未报 1 个：" + villageName);
		assertThat(draft.path("tasks").asString()).contains("1. 夜巡" + suffix + "（日志员：已巡查，无异常）", "超时未办的任务：",
				"1. 核查" + suffix + "（日志员，截止");
		assertThat(draft.path("assessment").asString()).contains("督促未报日报的 1 个单位", "督办超时未办的 1 件任务");
		assertThat(review.json().path("saved").isNull()).isTrue();

		Reply sheet = fx.get("demo-township", "/api/v1/dispatch-list?jurisdiction=" + HealthFixtures.TOWNSHIP + "&date=" + day);
		assertThat(sheet.status()).as(sheet.json().toString()).isEqualTo(200);
		JsonNode group = StreamSupport.stream(sheet.json().path("groups").spliterator(), false)
			.filter(g -> g.path("jurisdictionCode").asString().equals(village))
			.findFirst()
			.orElseThrow();
		assertThat(group.path("placeName").asString()).isEqualTo(villageName);
		Map<String, JsonNode> lines = new LinkedHashMap<>();
		group.path("lines").forEach(l -> lines.put(l.path("title").asString(), l));
		assertThat(lines).containsOnlyKeys("夜巡" + suffix, "核查" + suffix);
		assertThat(lines.get("夜巡" + suffix).path("status").asString()).isEqualTo("DONE");
		assertThat(lines.get("夜巡" + suffix).path("overdue").asBoolean()).isFalse();
		assertThat(lines.get("核查" + suffix).path("overdue").asBoolean()).isTrue();
		assertThat(lines.get("核查" + suffix).path("assigneeName").asString()).isEqualTo("日志员");
		assertThat(fx.get("demo-township", "/api/v1/dispatch-list?jurisdiction=" + village + "&date=" + day.minusDays(3))
			.json().path("groups").toString()).as("tasks of another day").doesNotContain(suffix);

		String outsider = account("TOWNSHIP_STAFF", HealthFixtures.OTHER_TOWNSHIP, "外镇");
		assertThat(fx.get(outsider, "/api/v1/work-log/draft?jurisdiction=" + village).status()).isEqualTo(404);
		assertThat(fx.get(outsider, "/api/v1/dispatch-list?jurisdiction=" + village).status()).isEqualTo(404);
		assertThat(fx.get(outsider, "/api/v1/dispatch-list").json().toString()).doesNotContain(suffix);
		assertThat(fx.get(worker, "/api/v1/dispatch-list").status()).isEqualTo(403);
		assertThat(fx.get("demo-leader", "/api/v1/work-log/draft?jurisdiction=" + village).status()).isEqualTo(200);
	}

	@Test
	void aLogIsSavedOnceKeptInVersionsRefusedWhenStaleAndFoundByDateAndText() {
		LocalDate today = HealthFixtures.today();
		String path = "/api/v1/work-log?jurisdiction=" + village + "&date=" + today;
		Reply none = fx.get("demo-township", path);
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().path("detail").asString()).contains("工作日志");

		String word = "研判" + UUID.randomUUID().toString().substring(0, 6);
		String first = UUID.randomUUID().toString();
		Reply saved = fx.put("demo-township", "/api/v1/work-log", save(first, today, 0, "首版" + word));
		assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(1);
		assertThat(saved.json().path("placeName").asString()).isEqualTo(villageName);
		assertThat(saved.json().path("savedByName").asString()).isEqualTo("共乐镇 王芳");
		Reply again = fx.put("demo-township", "/api/v1/work-log", save(first, today, 0, "首版" + word));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		assertThat(again.json().path("version").asInt()).isEqualTo(1);

		Reply stale = fx.put("demo-county", "/api/v1/work-log", save(UUID.randomUUID().toString(), today, 0, "另一版"));
		assertThat(stale.status()).as(stale.json().toString()).isEqualTo(409);
		assertThat(stale.json().path("detail").asString()).contains("version", "第 0 版", "第 1 版");
		assertThat(stale.json().path("existing").path("current").asInt()).isEqualTo(1);

		Reply second = fx.put("demo-county", "/api/v1/work-log", save(UUID.randomUUID().toString(), today, 1, "二版" + word));
		assertThat(second.status()).as(second.json().toString()).isEqualTo(200);
		assertThat(second.json().path("version").asInt()).isEqualTo(2);
		assertThat(fx.put("demo-township", "/api/v1/work-log", save(UUID.randomUUID().toString(), today, 1, "旧的"))
			.status()).isEqualTo(409);

		Reply log = fx.get("demo-leader", path);
		assertThat(log.status()).isEqualTo(200);
		assertThat(log.json().path("text").path("assessment").asString()).isEqualTo("二版" + word);
		assertThat(log.json().path("versions").size()).isEqualTo(2);
		assertThat(log.json().path("versions").get(1).path("text").path("assessment").asString()).isEqualTo("首版" + word);
		assertThat(fx.get("demo-township", path + "&version=1").json().path("text").path("assessment").asString())
			.isEqualTo("首版" + word);
		assertThat(fx.get("demo-township", path + "&version=7").status()).isEqualTo(404);

		List<Long> found = ids(fx.get("demo-township", "/api/v1/work-log/search?q=二版" + word).json());
		assertThat(found).containsExactly(log.json().path("id").asLong());
		assertThat(ids(fx.get("demo-township", "/api/v1/work-log/search?q=首版" + word).json()))
			.as("the text replaced by a later version").isEmpty();
		assertThat(ids(fx.get("demo-leader", "/api/v1/work-log/search?q=" + word + "&from=" + today + "&to=" + today).json()))
			.containsExactly(log.json().path("id").asLong());
		assertThat(ids(fx.get("demo-township", "/api/v1/work-log/search?q=" + word + "&to=" + today.minusDays(1)).json()))
			.isEmpty();
		String outsider = account("TOWNSHIP_STAFF", HealthFixtures.OTHER_TOWNSHIP, "外镇");
		assertThat(ids(fx.get(outsider, "/api/v1/work-log/search?q=" + word).json())).isEmpty();
		assertThat(fx.get(outsider, path).status()).isEqualTo(404);
		assertThat(fx.put(outsider, "/api/v1/work-log", save(null, today, 2, "越界")).status()).isEqualTo(404);
		assertThat(fx.put("demo-leader", "/api/v1/work-log", save(null, today, 2, "领导")).status()).isEqualTo(403);
		assertThat(fx.get(account("GRID_WORKER", village, "网格"), path).status()).isEqualTo(403);
		assertThat(fx.get("demo-township", path).json().path("current").asInt()).as("nothing refused was stored").isEqualTo(2);
	}

	@Test
	void everyMistakeIsNamedAndNothingIsStored() {
		LocalDate today = HealthFixtures.today();
		Map<String, Object> blank = save(null, today, 0, " ");
		blank.put("reports", "\n");
		assertThat(rules(fx.put("demo-township", "/api/v1/work-log", blank))).containsExactly("assessment:required");
		Map<String, Object> body = save(null, today.plusDays(1), -1, "明天的");
		body.put("reports", "长".repeat(WorkLogText.SECTION_LENGTH + 1));
		assertThat(rules(fx.put("demo-township", "/api/v1/work-log", body)))
			.containsExactlyInAnyOrder("reports:size", "version:min", "date:notFuture");
		assertThat(rules(fx.get("demo-township", "/api/v1/work-log/draft?jurisdiction=" + village + "&date=" + today.plusDays(1))))
			.containsExactly("date:notFuture");
		assertThat(rules(fx.get("demo-township", "/api/v1/work-log/search?from=" + today + "&to=" + today.minusDays(1)
				+ "&cursor=bad"))).containsExactlyInAnyOrder("to:afterFrom", "cursor:shape");
		assertThat(fx.get("demo-township", "/api/v1/work-log?jurisdiction=" + village + "&date=" + today).status())
			.isEqualTo(404);
	}

	// ---- helpers

	private Map<String, Object> save(String clientId, LocalDate date, int version, String assessment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", clientId);
		body.put("jurisdiction", village);
		body.put("date", date.toString());
		body.put("version", version);
		body.put("reports", "日报已报齐");
		body.put("assessment", assessment);
		return body;
	}

	private long dispatch(String title, long workerId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("due", LocalDateTime.now(HealthFixtures.ZONE).plusHours(2).withNano(0).toString());
		body.put("assigneeUserId", workerId);
		Reply sent = fx.post("demo-township", "/api/v1/tasks", body);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		return sent.json().path("id").asLong();
	}

	private String account(String role, String place, String name) {
		String username = "wl-" + UUID.randomUUID().toString().substring(0, 12);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", name,
				"password", ApiClient.PASSWORD, "role", role, "jurisdictionCode", place));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return username;
	}

	private static List<String> titles(JsonNode lines) {
		return StreamSupport.stream(lines.spliterator(), false).map(l -> l.path("title").asString()).toList();
	}

	private static List<Long> ids(JsonNode list) {
		return StreamSupport.stream(list.path("items").spliterator(), false).map(n -> n.path("id").asLong()).toList();
	}

	private static List<String> rules(Reply reply) {
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
		List<String> rules = new ArrayList<>();
		reply.json().path("violations").forEach(v -> rules.add(v.path("field").asString() + ":" + v.path("rule").asString()));
		return rules;
	}
}
