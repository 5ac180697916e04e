package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tasks over HTTP: dispatched once however often the phone retries, acknowledged once, worked on and done or
 * refused by whoever holds them, refused outside the sender's area or with a due time in the past, escalated
 * once past due, and a checkpoint's shift gap arriving as the township's task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskDatabase database;

	@Autowired
	Tasks tasks;

	@Autowired
	TaskEscalation escalation;

	@Autowired
	JdbcClient jdbc;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aPersonsTaskIsStoredOnceAcknowledgedOnceAndDoneWithANote() {
		String worker = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		long workerId = fx.userId(worker);
		String clientId = UUID.randomUUID().toString();
		Map<String, Object> body = task("入户核查" + clientId.substring(0, 6), due(3), workerId, null, clientId);
		Reply sent = fx.post("demo-township", "/api/v1/tasks", body);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		assertThat(sent.json().path("status").asString()).isEqualTo("DISPATCHED");
		assertThat(sent.json().path("assigneeName").asString()).startsWith("任务");
		assertThat(sent.json().path("dispatchedByName").asString()).isEqualTo("共乐镇 王芳");
		long id = sent.json().path("id").asLong();
		Reply again = fx.post("demo-township", "/api/v1/tasks", body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();

		List<Long> mine = ids(fx.get(worker, "/api/v1/tasks?assignee=me").json());
		assertThat(mine).containsOnlyOnce(id);
		assertThat(fx.get("demo-village", "/api/v1/tasks?assignee=me").json().toString()).doesNotContain(clientId.substring(0, 6));

		assertThat(fx.post(worker, "/api/v1/tasks/" + id + "/complete", Map.of("note", "早了")).status()).isEqualTo(409);
		Reply acknowledged = fx.post(worker, "/api/v1/tasks/" + id + "/acknowledge", Map.of());
		assertThat(acknowledged.status()).as(acknowledged.json().toString()).isEqualTo(200);
		assertThat(acknowledged.json().path("status").asString()).isEqualTo("RECEIVED");
		Reply twice = fx.post(worker, "/api/v1/tasks/" + id + "/acknowledge", Map.of());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().toString()).contains("已经签收过了");
		assertThat(fx.get(worker, "/api/v1/tasks/" + id).json().path("receivedAt").asString())
			.isEqualTo(acknowledged.json().path("receivedAt").asString());
		assertThat(fx.post("demo-township", "/api/v1/tasks/" + id + "/progress", Map.of()).status())
			.as("the dispatcher sees it but does not hold it").isEqualTo(403);

		assertThat(fx.post(worker, "/api/v1/tasks/" + id + "/progress", Map.of()).json().path("status").asString())
			.isEqualTo("IN_PROGRESS");
		Reply noNote = fx.post(worker, "/api/v1/tasks/" + id + "/complete", Map.of());
		assertThat(rules(noNote)).containsExactly("note:required");
		Reply done = fx.post(worker, "/api/v1/tasks/" + id + "/complete", Map.of("note", "已核查，无异常"));
		assertThat(done.json().path("status").asString()).isEqualTo("DONE");
		assertThat(done.json().path("note").asString()).isEqualTo("已核查，无异常");
		assertThat(fx.post(worker, "/api/v1/tasks/" + id + "/refuse", Map.of("note", "晚了")).status()).isEqualTo(409);
		assertThat(ids(fx.get(worker, "/api/v1/tasks?assignee=me&status=DONE").json())).contains(id);
		assertThat(ids(fx.get(worker, "/api/v1/tasks?assignee=me&status=DISPATCHED").json())).doesNotContain(id);
		assertThat(ids(fx.get("demo-township", "/api/v1/tasks?status=DONE&limit=100").json())).contains(id);
	}

	@Test
	void aPlacesTaskIsItsOwnStaffsToAcknowledgeAndRefuseAndNobodyElses() {
		String village = village(HealthFixtures.TOWNSHIP);
		String cadre = account("VILLAGE_CADRE", village);
		Reply sent = fx.post("demo-county", "/api/v1/tasks", task("全村消杀", due(5), null, village, null));
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		assertThat(sent.json().path("placeName").asString()).isNotBlank();
		assertThat(ids(fx.get(cadre, "/api/v1/tasks?assignee=me").json())).contains(id);
		assertThat(ids(fx.get("demo-township", "/api/v1/tasks?assignee=me&limit=100").json())).doesNotContain(id);
		assertThat(fx.get("demo-township", "/api/v1/tasks/" + id).status()).isEqualTo(200);
		assertThat(fx.post("demo-township", "/api/v1/tasks/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);
		String outsider = account("VILLAGE_CADRE", village(HealthFixtures.OTHER_TOWNSHIP));
		assertThat(fx.get(outsider, "/api/v1/tasks/" + id).status()).isEqualTo(404);
		assertThat(fx.post(outsider, "/api/v1/tasks/" + id + "/acknowledge", Map.of()).status()).isEqualTo(404);
		assertThat(fx.post("demo-leader", "/api/v1/tasks/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);

		assertThat(rules(fx.post(cadre, "/api/v1/tasks/" + id + "/refuse", Map.of("note", " ")))).containsExactly("note:required");
		Reply refused = fx.post(cadre, "/api/v1/tasks/" + id + "/refuse", Map.of("note", "村里没有消杀药品"));
		assertThat(refused.json().path("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.json().path("closedByName").asString()).startsWith("任务");
	}

	@Test
	void everyMistakeIsNamedAndATargetOutsideTheSendersAreaIsRefusedWithNothingStored() {
		String marker = "越界" + UUID.randomUUID().toString().substring(0, 6);
		long worker = fx.userId(account("GRID_WORKER", village(HealthFixtures.TOWNSHIP)));
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", task(marker, LocalDateTime.now(HealthFixtures.ZONE)
			.minusMinutes(5), worker, null, null)))).containsExactly("due:notPast");
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", task(" ", null, null, null, null))))
			.containsExactlyInAnyOrder("title:required", "due:required", "assigneeUserId:oneTarget");
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", task(marker, due(1), worker, HealthFixtures.TOWNSHIP, null))))
			.containsExactly("assigneeUserId:oneTarget");
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", task(marker, due(1), null, "999999999", null))))
			.containsExactly("jurisdictionCode:known");

		Reply place = fx.post("demo-township", "/api/v1/tasks", task(marker, due(1), null, HealthFixtures.OTHER_TOWNSHIP, null));
		assertThat(place.status()).isEqualTo(403);
		assertThat(place.json().toString()).contains("不在您的辖区内");
		long far = fx.userId(account("GRID_WORKER", village(HealthFixtures.OTHER_TOWNSHIP)));
		assertThat(fx.post("demo-township", "/api/v1/tasks", task(marker, due(1), far, null, null)).status()).isEqualTo(403);
		assertThat(fx.post("demo-village", "/api/v1/tasks", task(marker, due(1), worker, null, null)).status()).isEqualTo(403);
		assertThat(fx.get("demo-county", "/api/v1/tasks?limit=100").json().toString()).doesNotContain(marker);
		assertThat(rules(fx.get("demo-county", "/api/v1/tasks?assignee=someone"))).containsExactly("assignee:known");
		assertThat(rules(fx.get("demo-county", "/api/v1/tasks?status=LOST"))).containsExactly("status:known");
	}

	@Test
	void theCountysListIsPagedByCursorWithoutRepeats() {
		// To a person of their own, so that no place's staff find these in their inbox in later runs.
		long worker = fx.userId(account("GRID_WORKER", village(HealthFixtures.TOWNSHIP)));
		List<Long> sent = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sent.add(fx.post("demo-county", "/api/v1/tasks", task("翻页" + i, due(2), worker, null, null)).json().path("id").asLong());
		}
		List<Long> listed = new ArrayList<>();
		String cursor = "";
		do {
			JsonNode page = fx.get("demo-county", "/api/v1/tasks?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
			assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
			listed.addAll(ids(page));
			cursor = page.path("nextCursor").isNull() ? "" : page.path("nextCursor").asString("");
		}
		while (!cursor.isEmpty() && !listed.containsAll(sent));
		assertThat(listed).containsAll(sent).doesNotHaveDuplicates();
	}

	@Test
	void anOpenTaskPastItsDueTimeIsEscalatedOnceAndADoneOneNever() {
		String village = village(HealthFixtures.TOWNSHIP);
		String worker = account("GRID_WORKER", village);
		long workerId = fx.userId(worker);
		JurisdictionPath path = JurisdictionPath.of("511528", HealthFixtures.TOWNSHIP, village);
		Instant past = Instant.now().minus(Duration.ofMinutes(10));
		// Stored as if dispatched an hour ago with a due time since passed: the API refuses a due time in the past.
		long late = database.insert(draft("过期任务", workerId, worker, path, past));
		long finished = database.insert(draft("已办任务", workerId, worker, path, past));
		database.receive(finished, worker, past);
		database.close(finished, TaskStatus.RECEIVED, TaskStatus.DONE, worker, past, "办完了");

		tasks.escalateOverdue();
		JsonNode escalated = fx.get(worker, "/api/v1/tasks/" + late).json();
		assertThat(escalated.path("escalated").asBoolean()).isTrue();
		assertThat(escalated.path("overdue").asBoolean()).isTrue();
		assertThat(fx.get(worker, "/api/v1/tasks/" + finished).json().path("escalated").asBoolean()).isFalse();
		String first = escalated.path("escalatedAt").asString();
		tasks.escalateOverdue();
		assertThat(fx.get(worker, "/api/v1/tasks/" + late).json().path("escalatedAt").asString()).isEqualTo(first);
	}

	@Test
	void theScheduledEscalationTakesTheLockRowSoThatASecondNodeRunningAtOnceSkipsIt() {
		String village = village(HealthFixtures.TOWNSHIP);
		String worker = account("GRID_WORKER", village);
		long workerId = fx.userId(worker);
		JurisdictionPath path = JurisdictionPath.of("511528", HealthFixtures.TOWNSHIP, village);
		Instant past = Instant.now().minus(Duration.ofMinutes(10));
		long first = database.insert(draft("锁前过期", workerId, worker, path, past));
		// A lock left by an earlier run on a kept database, or by the job itself, would make this run skip.
		jdbc.sql("DELETE FROM shedlock WHERE name = 'command-task-escalation'").update();

		escalation.escalate();
		assertThat(fx.get(worker, "/api/v1/tasks/" + first).json().path("escalated").asBoolean()).isTrue();
		Map<String, Object> lock = jdbc.sql("SELECT lock_until, locked_at, locked_by FROM shedlock WHERE name = ?")
			.param("command-task-escalation").query().singleRow();
		assertThat(lock.get("locked_by").toString()).isNotBlank();

		// Another node's run straight after this one finds the lock held (at least 20 s) and does nothing.
		long second = database.insert(draft("锁后过期", workerId, worker, path, past));
		escalation.escalate();
		assertThat(fx.get(worker, "/api/v1/tasks/" + second).json().path("escalated").asBoolean()).isFalse();
		tasks.escalateOverdue();
		assertThat(fx.get(worker, "/api/v1/tasks/" + second).json().path("escalated").asBoolean()).isTrue();
	}

	@Test
	void aShiftGapArrivesAsTheTownshipsTask() {
		Map<String, Object> checkpoint = new LinkedHashMap<>();
		String name = "缺岗卡点" + UUID.randomUUID().toString().substring(0, 6);
		checkpoint.put("name", name);
		checkpoint.put("level", "TOWNSHIP_BORDER");
		checkpoint.put("jurisdictionCode", village(HealthFixtures.TOWNSHIP));
		checkpoint.put("agencies", List.of("TOWNSHIP"));
		checkpoint.put("openedOn", HealthFixtures.today().minusDays(1).toString());
		long id = fx.post("demo-township", "/api/v1/checkpoints", checkpoint).json().path("id").asLong();
		long alone = fx.userId(account("CHECKPOINT_STAFF", HealthFixtures.TOWNSHIP));
		Map<String, Object> roster = new LinkedHashMap<>();
		String day = HealthFixtures.today().plusDays(50).toString();
		roster.put("from", day);
		roster.put("to", day);
		roster.put("pattern", "TWO_TWELVES");
		roster.put("poolUserIds", List.of(alone));
		roster.put("minPerShift", 1);
		Reply generated = fx.post("demo-township", "/api/v1/checkpoints/" + id + "/rosters:generate", roster);
		assertThat(generated.status()).as(generated.json().toString()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60)).until(() -> items(fx.get("demo-township", "/api/v1/tasks?assignee=me&limit=100")
			.json()).stream().anyMatch(t -> t.path("title").asString().startsWith(name)));
		JsonNode task = items(fx.get("demo-township", "/api/v1/tasks?assignee=me&limit=100").json()).stream()
			.filter(t -> t.path("title").asString().startsWith(name)).findFirst().orElseThrow();
		assertThat(task.path("source").asString()).isEqualTo("SHIFT_GAP");
		assertThat(task.path("jurisdictionCode").asString()).isEqualTo(HealthFixtures.TOWNSHIP);
		assertThat(task.path("sourceLink").asString()).isEqualTo("/checkpoints/" + id + "/roster?week=" + day);
		assertThat(task.path("assigneeUserId").isNull()).isTrue();
	}

	@Test
	void aRecordHandedOverHasOneOpenTaskHoweverManyEventsArriveAtOnce() throws Exception {
		JurisdictionPath township = JurisdictionPath.of("511528", HealthFixtures.TOWNSHIP);
		long shift = System.nanoTime();
		Instant due = Instant.now().plus(Duration.ofDays(3));
		TaskDatabase.Draft gap = new TaskDatabase.Draft(null, "缺岗" + shift, null, TaskPriority.NORMAL, null, null,
				HealthFixtures.TOWNSHIP, township, due, "system", Instant.now(), "SHIFT_GAP", shift, "/checkpoints");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Optional<Long>>> tries = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				tries.add(pool.submit(() -> database.insertUnlessOpen(gap)));
			}
			List<Long> stored = new ArrayList<>();
			for (var attempt : tries) {
				attempt.get().ifPresent(stored::add);
			}
			assertThat(stored).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		long first = database.openFrom("SHIFT_GAP", shift).orElseThrow().id();
		assertThat(database.close(first, TaskStatus.DISPATCHED, TaskStatus.DONE, "demo-township", Instant.now(), "补齐")).isTrue();
		// Closed, the record's gap may open again and becomes a task of its own.
		assertThat(database.insertUnlessOpen(gap)).get().isNotEqualTo(first);
		assertThat(database.insertUnlessOpen(gap)).isEmpty();
	}

	// ---- helpers

	private TaskDatabase.Draft draft(String title, long userId, String username, JurisdictionPath path, Instant due) {
		return new TaskDatabase.Draft(null, title, null, TaskPriority.NORMAL, userId, username, path.leafCode(), path, due,
				"demo-township", due.minus(Duration.ofHours(1)), null, null, null);
	}

	private static LocalDateTime due(int hours) {
		return LocalDateTime.now(HealthFixtures.ZONE).plusHours(hours).withNano(0);
	}

	private static Map<String, Object> task(String title, LocalDateTime due, Long assignee, String place, String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("detail", "请按时完成");
		body.put("due", due == null ? null : due.toString());
		body.put("priority", "URGENT");
		body.put("assigneeUserId", assignee);
		body.put("jurisdictionCode", place);
		body.put("clientId", clientId);
		return body;
	}

	/** A village of the township. */
	private String village(String township) {
		return items(fx.get("demo-admin", "/api/v1/jurisdictions/" + township + "/children").json()).getFirst().path("code").asString();
	}

	private String account(String role, String place) {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName",
				"任务" + username.substring(2, 6), "password", ApiClient.PASSWORD, "role", role, "jurisdictionCode", place));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return username;
	}

	private static List<JsonNode> items(JsonNode list) {
		return StreamSupport.stream(list.path("items").spliterator(), false).toList();
	}

	private static List<Long> ids(JsonNode list) {
		return items(list).stream().map(n -> n.path("id").asLong()).toList();
	}

	private static List<String> rules(Reply reply) {
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
		List<String> rules = new ArrayList<>();
		reply.json().path("violations").forEach(v -> rules.add(v.path("field").asString() + ":" + v.path("rule").asString()));
		return rules;
	}
}
