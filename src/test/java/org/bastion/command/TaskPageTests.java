package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tasks waiting for a person in the page shell: their open tasks as a card on the home page, the
 * escalated ones in red there and in the navigation, first in the inbox; for the dispatcher, the escalated
 * tasks of their area in the navigation too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskDatabase database;

	@Autowired
	Tasks tasks;

	@Test
	void aPersonsTasksWaitOnTheHomePageAndTheEscalatedOnesShowInRedFirst() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		String village = fx.get("demo-admin", "/api/v1/jurisdictions/" + HealthFixtures.TOWNSHIP + "/children").json()
			.path("items").get(0).path("code").asString();
		String worker = "tp-" + UUID.randomUUID().toString().substring(0, 12);
		long workerId = fx.post("demo-admin", "/api/v1/users", Map.of("username", worker, "displayName", "待办" + worker.substring(3, 7),
				"password", ApiClient.PASSWORD, "role", "GRID_WORKER", "jurisdictionCode", village)).json().path("id").asLong();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "明早巡查");
		body.put("due", LocalDateTime.now(HealthFixtures.ZONE).plusDays(1).withNano(0).toString());
		body.put("assigneeUserId", workerId);
		PageSession phone = PageSession.signIn(port, worker);
		// The village's own tasks are the worker's too: earlier runs on a kept database may have left some.
		long before = count(phone.get("/").body(), "command-tasks");
		long escalatedBefore = count(phone.get("/").body(), "command-tasks-escalated");
		long coming = fx.post("demo-township", "/api/v1/tasks", body).json().path("id").asLong();

		String home = phone.get("/").body();
		assertThat(count(home, "command-tasks")).isEqualTo(before + 1);
		assertThat(count(home, "command-tasks-escalated")).isEqualTo(escalatedBefore);

		JurisdictionPath path = JurisdictionPath.of("511528", HealthFixtures.TOWNSHIP, village);
		Instant past = Instant.now().minus(Duration.ofMinutes(5));
		long late = database.insert(new TaskDatabase.Draft(null, "昨晚巡查", null, TaskPriority.NORMAL, workerId, worker,
				village, path, past, "demo-township", past.minus(Duration.ofHours(2)), null, null, null));
		tasks.escalateOverdue();

		home = phone.get("/").body();
		assertThat(count(home, "command-tasks")).isEqualTo(before + 2);
		assertThat(count(home, "command-tasks-escalated")).isEqualTo(escalatedBefore + 1);
		assertThat(home).contains("id=\"nav-waiting-command-tasks-escalated\"");
		String inbox = phone.get("/tasks").body();
		assertThat(inbox.indexOf("id=\"task-" + late + "\"")).as("the escalated task first").isPositive()
			.isLessThan(inbox.indexOf("id=\"task-" + coming + "\""));
		assertThat(inbox).contains("id=\"task-" + late + "-escalated\"").doesNotContain("id=\"task-" + coming + "-escalated\"");

		String dispatcher = PageSession.signIn(port, "demo-township").get("/").body();
		assertThat(dispatcher).contains("id=\"nav-waiting-command-tasks-escalated\"");
		assertThat(fx.get("demo-township", "/api/v1/tasks?limit=100").json().path("items").valueStream()
			.filter(t -> t.path("id").asLong() == late).findFirst().orElseThrow().path("escalated").asBoolean()).isTrue();
	}

	/** The count of a kind of waiting work on the home page, 0 when it is not shown. */
	private static long count(String home, String kind) {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"home-waiting-" + kind + "-count\">(\\d+)<")
			.matcher(home);
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}
}
