package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Supervisors' visits over HTTP: recorded once by the township however often the phone retries, every broken
 * rule answered at once, refused to those who may not record them, read in the area and not outside it, and
 * what was found lacking arriving as the township's task to put right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void theTownshipRecordsAVisitOnceAndWhatWasLackingBecomesItsTask() {
		String name = "督导卡点" + CheckpointApiTests.suffix();
		long checkpoint = checkpoint(name);
		Map<String, Object> body = visit(List.of("SIGNS", "PROTECTIVE_GEAR"), "二维码未张贴，口罩仅剩 20 个",
				HealthFixtures.today().plusDays(2).toString());
		body.put("inspectedAt", LocalDateTime.now(HealthFixtures.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
		Reply recorded = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/inspections", body);
		assertThat(recorded.status()).as(recorded.json().toString()).isEqualTo(201);
		JsonNode v = recorded.json();
		long id = v.path("id").asLong();
		assertThat(v.path("passed").asBoolean()).isFalse();
		assertThat(v.path("lacking").valueStream().map(JsonNode::asString)).containsExactly("PROTECTIVE_GEAR", "SIGNS");
		assertThat(v.path("inspectorName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(v.path("checkpointName").asString()).isEqualTo(name);

		Reply again = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/inspections", body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoints/" + checkpoint + "/inspections"))).containsExactly(id);
		// The day's figures count the visit once, however often it was sent.
		Reply stats = fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/stats?date="
				+ LocalDateTime.parse(body.get("inspectedAt").toString()).toLocalDate());
		assertThat(stats.json().path("inspections").asInt()).as(stats.json().toString()).isEqualTo(1);

		await("the finding arrives as the township's task").atMost(Duration.ofSeconds(60))
			.until(() -> task(name) != null);
		JsonNode task = task(name);
		assertThat(task.path("source").asString()).isEqualTo("INSPECTION");
		assertThat(task.path("detail").asString()).isEqualTo("二维码未张贴，口罩仅剩 20 个");
		assertThat(task.path("sourceLink").asString()).isEqualTo("/checkpoints/" + checkpoint + "#inspection-" + id);
		assertThat(task.path("jurisdictionCode").asString()).isEqualTo(HealthFixtures.TOWNSHIP);
	}

	@Test
	void aVisitThatFoundAllInOrderIsListedForTheAreaAndMakesNoTask() {
		String name = "合格卡点" + CheckpointApiTests.suffix();
		long checkpoint = checkpoint(name);
		Reply recorded = fx.post("demo-county", "/api/v1/checkpoints/" + checkpoint + "/inspections", visit(List.of(), null, null));
		assertThat(recorded.status()).as(recorded.json().toString()).isEqualTo(201);
		long id = recorded.json().path("id").asLong();
		assertThat(recorded.json().path("passed").asBoolean()).isTrue();

		assertThat(ids(fx.get("demo-township", "/api/v1/checkpoint-inspections?limit=100"))).contains(id);
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoint-inspections?limit=100&jurisdiction=" + HealthFixtures.TOWNSHIP
				+ "&from=" + HealthFixtures.today() + "&to=" + HealthFixtures.today()))).contains(id);
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoint-inspections?limit=100&jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP)))
			.doesNotContain(id);
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoint-inspections?limit=100&from=" + HealthFixtures.today().minusDays(9)
				+ "&to=" + HealthFixtures.today().minusDays(8)))).doesNotContain(id);
		Reply backwards = fx.get("demo-county", "/api/v1/checkpoint-inspections?from=" + HealthFixtures.today() + "&to="
				+ HealthFixtures.today().minusDays(1));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("to");

		// Nothing lacking, nothing to put right: the task inbox holds none for this checkpoint.
		assertThat(task(name)).isNull();
	}

	@Test
	void everyBrokenRuleIsAnsweredAtOnceAndNothingIsStored() {
		long checkpoint = checkpoint("错填卡点" + CheckpointApiTests.suffix());
		Map<String, Object> body = visit(List.of("STAFF_ON_POST"), "", HealthFixtures.today().minusDays(30).toString());
		body.put("inspectedAt", LocalDateTime.now(HealthFixtures.ZONE).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
		Reply refused = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/inspections", body);
		assertThat(refused.status()).as(refused.json().toString()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("inspectedAt", "finding", "rectifyBy");
		assertThat(refused.json().toString()).contains("发现问题时，请写明检查情况");
		assertThat(ids(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/inspections"))).isEmpty();

		Map<String, Object> unknownItem = visit(List.of("NO_SUCH_POINT"), "x", null);
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/inspections", unknownItem).status()).isEqualTo(400);
	}

	@Test
	void onlyTheAreasHqRecordsAndNobodyOutsideReads() {
		long checkpoint = checkpoint("越权卡点" + CheckpointApiTests.suffix());
		for (String refused : List.of("demo-leader", "demo-grid", "demo-village")) {
			assertThat(fx.post(refused, "/api/v1/checkpoints/" + checkpoint + "/inspections", visit(List.of(), null, null)).status())
				.as(refused).isIn(403, 404);
		}
		assertThat(ids(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/inspections"))).isEmpty();
		Map<String, Object> body = CheckpointApiTests.checkpoint("外镇督导卡点" + CheckpointApiTests.suffix(),
				HealthFixtures.OTHER_TOWNSHIP, "COUNTY_ROAD");
		long elsewhere = fx.post("demo-county", "/api/v1/checkpoints", body).json().path("id").asLong();
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + elsewhere + "/inspections", visit(List.of(), null, null))
			.status()).isEqualTo(404);
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + elsewhere + "/inspections").status()).isEqualTo(404);
		assertThat(fx.post("demo-county", "/api/v1/checkpoints/" + elsewhere + "/inspections", visit(List.of(), null, null))
			.status()).isEqualTo(201);
	}

	private long checkpoint(String name) {
		Map<String, Object> body = CheckpointApiTests.checkpoint(name, HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		body.put("openedOn", HealthFixtures.today().minusDays(3).toString());
		Reply created = fx.post("demo-township", "/api/v1/checkpoints", body);
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private JsonNode task(String checkpointName) {
		return fx.get("demo-township", "/api/v1/tasks?assignee=me&limit=100").json().path("items").valueStream()
			.filter(t -> t.path("title").asString().startsWith(checkpointName))
			.findFirst()
			.orElse(null);
	}

	private static Map<String, Object> visit(List<String> lacking, String finding, String rectifyBy) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("lacking", lacking);
		body.put("finding", finding);
		body.put("rectifyBy", rectifyBy);
		body.put("clientId", UUID.randomUUID().toString());
		return body;
	}

	private static List<Long> ids(Reply list) {
		assertThat(list.status()).as(list.json().toString()).isEqualTo(200);
		return list.json().path("items").valueStream().map(c -> c.path("id").asLong()).toList();
	}

	private static List<String> fields(Reply refused) {
		return refused.json().path("violations").valueStream().map(v -> v.path("field").asString()).toList();
	}
}
