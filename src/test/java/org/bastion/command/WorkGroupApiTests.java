package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work groups and what they do to tasks, over HTTP: a group of the township with members of its area and one
 * head, nothing stored twice; a task to the group in every member's inbox and, overdue, escalated to the head
 * alone; a task done with a photo that is an image of at most 5 MB, shown only in scope; a task about a person
 * on that person's timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkGroupApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TaskDatabase database;

	@Autowired
	Tasks tasks;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aTownshipsGroupTakesMembersOfItsAreaOnceAndOneHead() {
		String name = "后勤保障组" + UUID.randomUUID().toString().substring(0, 6);
		String clientId = UUID.randomUUID().toString();
		Reply made = fx.post("demo-township", "/api/v1/work-groups", Map.of("kind", "LOGISTICS", "name", name, "clientId", clientId));
		assertThat(made.status()).as(made.json().toString()).isEqualTo(201);
		long id = made.json().path("id").asLong();
		assertThat(made.json().path("jurisdictionCode").asString()).as("the sender's own township").isEqualTo(HealthFixtures.TOWNSHIP);
		assertThat(made.json().path("headUserId").isNull()).isTrue();
		Reply again = fx.post("demo-township", "/api/v1/work-groups", Map.of("kind", "LOGISTICS", "name", name, "clientId", clientId));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();

		assertThat(rules(fx.post("demo-township", "/api/v1/work-groups", Map.of("kind", "LOGISTICS", "name", name))))
			.containsExactly("name:unique");
		assertThat(rules(fx.post("demo-township", "/api/v1/work-groups", Map.of("name", " ", "jurisdictionCode",
				village(HealthFixtures.TOWNSHIP))))).containsExactlyInAnyOrder("kind:required", "name:required", "jurisdictionCode:level");
		assertThat(fx.post("demo-township", "/api/v1/work-groups", Map.of("kind", "CUSTOM", "name", name, "jurisdictionCode",
				HealthFixtures.OTHER_TOWNSHIP)).status()).as("another township's HQ").isEqualTo(403);
		assertThat(fx.post("demo-village", "/api/v1/work-groups", Map.of("kind", "CUSTOM", "name", name)).status()).isEqualTo(403);

		String worker = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		String cadre = account("VILLAGE_CADRE", village(HealthFixtures.TOWNSHIP));
		long workerId = fx.userId(worker);
		long cadreId = fx.userId(cadre);
		assertThat(fx.post("demo-township", "/api/v1/work-groups/" + id + "/members", Map.of("userId", workerId)).status()).isEqualTo(200);
		Reply twice = fx.post("demo-township", "/api/v1/work-groups/" + id + "/members", Map.of("userId", workerId));
		assertThat(twice.status()).isEqualTo(200);
		assertThat(memberIds(twice.json())).containsExactly(workerId);
		assertThat(twice.json().path("members").get(0).path("name").asString()).startsWith("组员");
		long far = fx.userId(account("GRID_WORKER", village(HealthFixtures.OTHER_TOWNSHIP)));
		Reply outside = fx.post("demo-township", "/api/v1/work-groups/" + id + "/members", Map.of("userId", far));
		assertThat(rules(outside)).containsExactly("userId:inArea");
		assertThat(outside.json().toString()).contains("不属于本指挥部辖区");

		assertThat(rules(fx.post("demo-township", "/api/v1/work-groups/" + id + "/head", Map.of("userId", cadreId))))
			.as("not a member").containsExactly("userId:member");
		Reply head = fx.post("demo-township", "/api/v1/work-groups/" + id + "/head", Map.of("userId", workerId));
		assertThat(head.json().path("headUserId").asLong()).isEqualTo(workerId);
		assertThat(head.json().path("headName").asString()).startsWith("组员");
		fx.post("demo-township", "/api/v1/work-groups/" + id + "/members", Map.of("userId", cadreId));
		Reply second = fx.post("demo-township", "/api/v1/work-groups/" + id + "/head", Map.of("userId", cadreId));
		assertThat(rules(second)).containsExactly("userId:oneHead");
		assertThat(fx.get("demo-township", "/api/v1/work-groups/" + id).json().path("headUserId").asLong()).isEqualTo(workerId);
		Reply replaced = fx.post("demo-township", "/api/v1/work-groups/" + id + "/head", Map.of("userId", cadreId, "replace", true));
		assertThat(replaced.json().path("headUserId").asLong()).isEqualTo(cadreId);
		assertThat(replaced.json().path("members").get(0).path("userId").asLong()).as("the head first").isEqualTo(cadreId);

		assertThat(ids(fx.get("demo-township", "/api/v1/work-groups?limit=100").json())).contains(id);
		assertThat(ids(fx.get(worker, "/api/v1/work-groups").json())).as("a member's own groups").containsExactly(id);
		assertThat(fx.get(worker, "/api/v1/work-groups/" + id).status()).isEqualTo(200);
		String neighbour = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		assertThat(fx.get(neighbour, "/api/v1/work-groups/" + id).status()).as("not a member").isEqualTo(404);
		assertThat(ids(fx.get(neighbour, "/api/v1/work-groups").json())).doesNotContain(id);
		String outsider = account("TOWNSHIP_STAFF", HealthFixtures.OTHER_TOWNSHIP);
		assertThat(fx.get(outsider, "/api/v1/work-groups/" + id).status()).isEqualTo(404);
		assertThat(fx.post(outsider, "/api/v1/work-groups/" + id + "/members", Map.of("userId", far)).status()).isEqualTo(404);
		assertThat(fx.get("demo-county", "/api/v1/work-groups/" + id).status()).isEqualTo(200);

		ResponseEntity<String> removed = fx.as("demo-township").delete().uri("/api/v1/work-groups/" + id + "/members/" + cadreId)
			.retrieve().toEntity(String.class);
		assertThat(removed.getStatusCode().value()).isEqualTo(200);
		JsonNode left = JSON.readTree(removed.getBody());
		assertThat(left.path("headUserId").isNull()).as("the head removed leaves none").isTrue();
		assertThat(memberIds(left)).containsExactly(workerId);
	}

	@Test
	void aTaskToAGroupIsInEveryMembersInboxAndOverdueGoesToItsHeadAlone() {
		String head = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		String member = account("VILLAGE_CADRE", village(HealthFixtures.TOWNSHIP));
		long group = group("demo-township", null, head, member);
		fx.post("demo-township", "/api/v1/work-groups/" + group + "/head", Map.of("userId", fx.userId(head)));

		String title = "组任务" + UUID.randomUUID().toString().substring(0, 6);
		Reply sent = fx.post("demo-township", "/api/v1/tasks", task(title, group, null));
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		assertThat(sent.json().path("groupId").asLong()).isEqualTo(group);
		assertThat(sent.json().path("groupName").asString()).startsWith("流调组");
		assertThat(ids(fx.get(member, "/api/v1/tasks?assignee=me").json())).contains(id);
		assertThat(ids(fx.get(head, "/api/v1/tasks?assignee=me").json())).contains(id);
		String staff = account("TOWNSHIP_STAFF", HealthFixtures.TOWNSHIP);
		assertThat(ids(fx.get(staff, "/api/v1/tasks?assignee=me&limit=100").json()))
			.as("the township's own staff do not hold a group's task").doesNotContain(id);
		assertThat(fx.post(member, "/api/v1/tasks/" + id + "/acknowledge", Map.of()).status()).isEqualTo(200);
		assertThat(fx.post(head, "/api/v1/tasks/" + id + "/acknowledge", Map.of()).status()).as("once for the group").isEqualTo(409);

		long far = group("demo-county", HealthFixtures.OTHER_TOWNSHIP);
		Reply outside = fx.post("demo-township", "/api/v1/tasks", task(title, far, null));
		assertThat(outside.status()).isEqualTo(403);
		Map<String, Object> both = task(title, group, null);
		both.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", both))).containsExactly("assigneeUserId:oneTarget");
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", task(title, Long.MAX_VALUE, null)))).containsExactly("groupId:known");

		// Stored as if dispatched an hour ago with a due time since passed: the API refuses a due time in the past.
		JurisdictionPath township = JurisdictionPath.of("511528", HealthFixtures.TOWNSHIP);
		Instant past = Instant.now().minus(Duration.ofMinutes(10));
		long late = database.insert(new TaskDatabase.Draft(null, "组内过期", null, TaskPriority.NORMAL, null, null,
				HealthFixtures.TOWNSHIP, township, past, "demo-township", past.minus(Duration.ofHours(1)), null, null, null, group, null));
		tasks.escalateOverdue();
		JsonNode escalated = fx.get(member, "/api/v1/tasks/" + late).json();
		assertThat(escalated.path("escalated").asBoolean()).isTrue();
		assertThat(escalated.path("escalatedToUserId").asLong()).isEqualTo(fx.userId(head));
		assertThat(escalated.path("escalatedToName").asString()).startsWith("组员");
		assertThat(tasks.countEscalated(viewer(head, "GRID_WORKER"))).as("red for the head").isEqualTo(1);
		assertThat(tasks.countEscalated(viewer(member, "VILLAGE_CADRE"))).as("not for the other members").isZero();
	}

	@Test
	void aTaskIsDoneWithAPhotoThatIsAnImageOfAtMostFiveMegabytesShownOnlyInScope() {
		String worker = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		Reply sent = fx.post("demo-township", "/api/v1/tasks", personTask("拍照任务", fx.userId(worker)));
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 300);

		assertThat(upload(worker, id, "p.png", png).getStatusCode().value()).as("before it is acknowledged").isEqualTo(409);
		fx.post(worker, "/api/v1/tasks/" + id + "/acknowledge", Map.of());
		Reply twice = fx.post(worker, "/api/v1/tasks/" + id + "/acknowledge", Map.of());
		assertThat(twice.status()).isEqualTo(409);

		ResponseEntity<String> svg = upload(worker, id, "p.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
		assertThat(svg.getStatusCode().value()).isEqualTo(400);
		assertThat(svg.getBody()).contains("\"field\":\"photo\"").contains("只能上传 JPEG、PNG 或 WebP 图片");
		byte[] big = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 5 * 1024 * 1024 + 1);
		ResponseEntity<String> tooLarge = upload(worker, id, "big.jpg", big);
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
		assertThat(tooLarge.getBody()).contains("\"rule\":\"size\"").contains("照片不能超过 5 MB");
		assertThat(fx.get(worker, "/api/v1/tasks/" + id).json().path("photo").asBoolean()).as("nothing stored").isFalse();
		String neighbour = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		assertThat(upload(neighbour, id, "p.png", png).getStatusCode().value()).as("not theirs").isIn(403, 404);

		ResponseEntity<String> stored = upload(worker, id, "photo.bin", png);
		assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(200);
		assertThat(JSON.readTree(stored.getBody()).path("photo").asBoolean()).isTrue();
		assertThat(upload(worker, id, "photo.bin", png).getStatusCode().value()).as("a retry keeps one").isEqualTo(200);
		Reply done = fx.post(worker, "/api/v1/tasks/" + id + "/complete", Map.of("note", "已完成，附照片"));
		assertThat(done.json().path("status").asString()).isEqualTo("DONE");
		assertThat(done.json().path("photo").asBoolean()).isTrue();

		ResponseEntity<byte[]> shown = fx.as("demo-township").get().uri("/api/v1/tasks/" + id + "/photo").retrieve().toEntity(byte[].class);
		assertThat(shown.getStatusCode().value()).isEqualTo(200);
		assertThat(shown.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
		assertThat(shown.getBody()).isEqualTo(png);
		String outsider = account("TOWNSHIP_STAFF", HealthFixtures.OTHER_TOWNSHIP);
		assertThat(fx.as(outsider).get().uri("/api/v1/tasks/" + id + "/photo").retrieve().toEntity(String.class)
			.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void aTaskAboutAPersonIsOnTheirTimelineAndAPersonOutsideTheAreaIsRefused() {
		long person = fx.person(village(HealthFixtures.TOWNSHIP));
		String worker = account("GRID_WORKER", village(HealthFixtures.TOWNSHIP));
		Map<String, Object> body = personTask("随访" + UUID.randomUUID().toString().substring(0, 6), fx.userId(worker));
		body.put("personId", person);
		Reply sent = fx.post("demo-township", "/api/v1/tasks", body);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		assertThat(sent.json().path("personId").asLong()).isEqualTo(person);
		assertThat(sent.json().path("personName").asString()).startsWith("观");
		JsonNode timeline = fx.get("demo-township", "/api/v1/people/" + person + "/health-timeline").json();
		assertThat(timeline.toString()).contains("\"TASK\"").contains("/tasks/" + sent.json().path("id").asLong());

		long far = fx.person(village(HealthFixtures.OTHER_TOWNSHIP));
		body.put("personId", far);
		body.put("clientId", null);
		assertThat(rules(fx.post("demo-township", "/api/v1/tasks", body))).containsExactly("personId:known");
	}

	// ---- helpers

	private Viewer viewer(String username, String role) {
		JsonNode me = fx.get(username, "/api/v1/me").json();
		String code = me.path("jurisdictionCode").asString();
		return new Viewer(me.path("id").asLong(), username, role, JurisdictionPath.of("511528", HealthFixtures.TOWNSHIP, code),
				false, false);
	}

	/** A group of {@code place} (null: the sender's own) with these members; its id. */
	private long group(String by, String place, String... members) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "SURVEILLANCE");
		body.put("name", "流调组" + UUID.randomUUID().toString().substring(0, 8));
		body.put("jurisdictionCode", place);
		Reply made = fx.post(by, "/api/v1/work-groups", body);
		assertThat(made.status()).as(made.json().toString()).isEqualTo(201);
		long id = made.json().path("id").asLong();
		for (String member : members) {
			assertThat(fx.post(by, "/api/v1/work-groups/" + id + "/members", Map.of("userId", fx.userId(member))).status()).isEqualTo(200);
		}
		return id;
	}

	private ResponseEntity<String> upload(String username, long task, String filename, byte[] bytes) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("photo", new ByteArrayResource(bytes) {

			@Override
			public String getFilename() {
				return filename;
			}
		});
		return fx.as(username).post().uri("/api/v1/tasks/" + task + "/photo").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts).retrieve().toEntity(String.class);
	}

	private static Map<String, Object> task(String title, Long group, Long assignee) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("due", LocalDateTime.now(HealthFixtures.ZONE).plusHours(4).withNano(0).toString());
		body.put("groupId", group);
		body.put("assigneeUserId", assignee);
		return body;
	}

	private static Map<String, Object> personTask(String title, long assignee) {
		return task(title, null, assignee);
	}

	private String village(String township) {
		return items(fx.get("demo-admin", "/api/v1/jurisdictions/" + township + "/children").json()).getFirst().path("code").asString();
	}

	private String account(String role, String place) {
		String username = "g-" + UUID.randomUUID().toString().substring(0, 12);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName",
				"组员" + username.substring(2, 6), "password", ApiClient.PASSWORD, "role", role, "jurisdictionCode", place));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return username;
	}

	private static List<JsonNode> items(JsonNode list) {
		return StreamSupport.stream(list.path("items").spliterator(), false).toList();
	}

	private static List<Long> ids(JsonNode list) {
		return items(list).stream().map(n -> n.path("id").asLong()).toList();
	}

	private static List<Long> memberIds(JsonNode group) {
		return StreamSupport.stream(group.path("members").spliterator(), false).map(n -> n.path("userId").asLong()).toList();
	}

	private static List<String> rules(Reply reply) {
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
		List<String> rules = new ArrayList<>();
		reply.json().path("violations").forEach(v -> rules.add(v.path("field").asString() + ":" + v.path("rule").asString()));
		return rules;
	}
}
