package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.cases.CaseConfirmed;
import org.bastion.observation.FeverAlertRaised;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Immediate reports over HTTP: filed, replayed, scoped, acknowledged once, and drafted from cases and fevers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImmediateReportApiTests {

	static final String PATH = "/api/v1/immediate-reports";

	@LocalServerPort
	int port;

	@Autowired
	ImmediateReportDrafts drafts;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aGridWorkersReportReachesTheTownshipAndIsAcknowledgedOnce() {
		String grid = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		String clientId = UUID.randomUUID().toString();
		String what = "卡点劝返车辆一辆，司机体温37.8 " + clientId.substring(0, 6);
		Map<String, Object> body = report("CHECKPOINT_INCIDENT", grid, what, clientId);
		body.put("reporterPhone", "139 1234 5678");

		Reply filed = fx.post("demo-grid", PATH, body);
		assertThat(filed.status()).as(filed.json().toString()).isEqualTo(201);
		long id = filed.json().path("id").asLong();
		assertThat(filed.json().path("open").asBoolean()).isTrue();
		assertThat(filed.json().path("reportedBy").asString()).isEqualTo("demo-grid");
		assertThat(filed.json().path("reportedByName").asString()).isEqualTo("网格员 刘洋");
		assertThat(filed.json().path("reporterPhone").asString()).isEqualTo("13912345678");
		assertThat(filed.json().path("replayed").asBoolean()).isFalse();

		Reply replayed = fx.post("demo-grid", PATH, body);
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.json().path("id").asLong()).isEqualTo(id);
		assertThat(replayed.json().path("replayed").asBoolean()).isTrue();
		assertThat(ids(fx.get("demo-county", PATH + "?jurisdiction=" + grid + "&limit=100").json()).filter(i -> i == id))
			.hasSize(1);

		Map<String, Object> next = report("OTHER", grid, "第二次上报", UUID.randomUUID().toString());
		assertThat(fx.post("demo-grid", PATH, next).json().path("reporterPhone").asString())
			.as("the phone of the last report fills the next").isEqualTo("13912345678");

		JsonNode open = fx.get("demo-township", PATH + "?jurisdiction=" + HealthFixtures.TOWNSHIP + "&open=true&limit=100").json();
		assertThat(open.has("nextCursor")).isTrue();
		assertThat(ids(open)).contains(id);

		assertThat(fx.post("demo-grid", PATH + "/" + id + "/acknowledgement", Map.of("note", "自己签收")).status())
			.as("the reporter does not acknowledge").isEqualTo(403);
		assertThat(fx.post("demo-leader", PATH + "/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(403);

		Reply acknowledged = fx.post("demo-township", PATH + "/" + id + "/acknowledgement", Map.of("note", "已派人到卡点"));
		assertThat(acknowledged.status()).as(acknowledged.json().toString()).isEqualTo(200);
		assertThat(acknowledged.json().path("open").asBoolean()).isFalse();
		assertThat(acknowledged.json().path("acknowledgedBy").asString()).isEqualTo("demo-township");
		assertThat(acknowledged.json().path("acknowledgedByName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(acknowledged.json().path("acknowledgementNote").asString()).isEqualTo("已派人到卡点");

		Reply again = fx.post("demo-county", PATH + "/" + id + "/acknowledgement", Map.of("note", "县里也签收"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("detail").asString()).contains("共乐镇 王芳");
		assertThat(again.json().path("existing").path("acknowledgementNote").asString()).isEqualTo("已派人到卡点");
		JsonNode stored = fx.get("demo-county", PATH + "/" + id).json();
		assertThat(stored.path("acknowledgedBy").asString()).isEqualTo("demo-township");
		assertThat(stored.path("acknowledgementNote").asString()).isEqualTo("已派人到卡点");
		assertThat(ids(fx.get("demo-township", PATH + "?jurisdiction=" + grid + "&open=true&limit=100").json()))
			.doesNotContain(id);
	}

	@Test
	void aReportOutsideTheViewersAreaIsNotFoundAndOneFiledThereIsRefused() {
		String farVillage = firstChild(HealthFixtures.OTHER_TOWNSHIP);
		Reply county = fx.post("demo-county", PATH, report("SUSPECTED_CASE", farVillage, "疑似病例一名", null));
		assertThat(county.status()).isEqualTo(201);
		long far = county.json().path("id").asLong();

		assertThat(fx.get("demo-township", PATH + "/" + far).status()).isEqualTo(404);
		assertThat(fx.post("demo-township", PATH + "/" + far + "/acknowledgement", Map.of()).status()).isEqualTo(404);
		assertThat(ids(fx.get("demo-township", PATH + "?limit=100").json())).doesNotContain(far);
		assertThat(fx.get("demo-township", PATH + "?jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP).status()).isEqualTo(404);
		assertThat(fx.post("demo-township", PATH, report("OTHER", farVillage, "越界", null)).status()).isEqualTo(403);
		assertThat(fx.post("demo-leader", PATH, report("OTHER", HealthFixtures.TOWNSHIP, "领导不报", null)).status())
			.isEqualTo(403);
		assertThat(fx.post("demo-county", PATH + "/" + far + "/acknowledgement", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void badInputIsRefusedByField() {
		Map<String, Object> empty = new LinkedHashMap<>();
		empty.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		Reply missing = fx.post("demo-township", PATH, empty);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).contains("kind", "whatHappened", "happenedAt");

		Map<String, Object> future = report("OTHER", HealthFixtures.TOWNSHIP, "明天的事", null);
		future.put("happenedAt", LocalDateTime.now(HealthFixtures.ZONE).plusDays(1).withNano(0).toString());
		future.put("reporterPhone", "12345");
		future.put("personId", Long.MAX_VALUE);
		Reply refused = fx.post("demo-township", PATH, future);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("happenedAt", "reporterPhone", "personId");

		Reply nowhere = fx.post("demo-township", PATH, report("OTHER", "NOSUCHPLACE1", "无此地", null));
		assertThat(nowhere.status()).isEqualTo(400);
		assertThat(fields(nowhere)).containsExactly("jurisdictionCode");
		assertThat(fx.get("demo-township", PATH + "?cursor=abc").status()).isEqualTo(400);
	}

	@Test
	void aConfirmedCaseDraftsExactlyOneReportLinkedToTheCase() {
		long person = fx.person(HealthFixtures.TOWNSHIP);
		Reply kase = fx.post("demo-county", "/api/v1/cases", Map.of("personId", person, "status", "CONFIRMED"));
		assertThat(kase.status()).as(kase.json().toString()).isEqualTo(201);
		long caseId = kase.json().path("id").asLong();
		String link = "/cases/" + caseId;

		JsonNode drafted = await().atMost(Duration.ofSeconds(60)).until(() -> withLink(link), r -> r != null);
		assertThat(drafted.path("kind").asString()).isEqualTo("CONFIRMED_CASE");
		assertThat(drafted.path("drafted").asBoolean()).isTrue();
		assertThat(drafted.path("open").asBoolean()).isTrue();
		assertThat(drafted.path("personId").asLong()).isEqualTo(person);
		assertThat(drafted.path("personName").asString()).isEqualTo(kase.json().path("personName").asString());
		assertThat(drafted.path("whatHappened").asString()).as("the home page lists the text: it names nobody")
			.doesNotContain(kase.json().path("personName").asString());

		// The publication registry may hand the event over again after a crash.
		drafts.on(new CaseConfirmed(caseId, person, path(kase.json()), HealthFixtures.today()));
		assertThat(reportsWithLink(link)).hasSize(1);
	}

	@Test
	void threeFeverAlertsInOneVillageWithinADayDraftOneClusterReport() {
		String village = "IR" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Reply made = fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", village, "name", "聚集村" + village.substring(2, 6), "parentCode", HealthFixtures.TOWNSHIP,
						"level", "VILLAGE"));
		assertThat(made.status()).as(made.json().toString()).isEqualTo(201);
		String vpath = made.json().path("path").asString();

		for (int i = 0; i < 2; i++) {
			fever(village);
		}
		await().atMost(Duration.ofSeconds(60))
			.until(() -> fx.get("demo-county", "/api/v1/alerts?status=OPEN&jurisdiction=" + village).json().path("items").size() == 2);
		assertThat(clusters(village)).as("two alerts are no cluster").isEmpty();

		long third = fever(village);
		await().atMost(Duration.ofSeconds(60)).until(() -> clusters(village).size() == 1);
		JsonNode cluster = clusters(village).getFirst();
		assertThat(cluster.path("drafted").asBoolean()).isTrue();
		assertThat(cluster.path("jurisdictionCode").asString()).isEqualTo(village);

		fever(village);
		drafts.on(new FeverAlertRaised(third, 0, 0, vpath, new java.math.BigDecimal("38.5"), java.util.Set.of()));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> fx.get("demo-county", "/api/v1/alerts?status=OPEN&jurisdiction=" + village).json().path("items").size() == 4);
		assertThat(clusters(village)).as("once per village and day").hasSize(1);
	}

	/** A fever reading for a new person of the village under observation; the alert's id. */
	private long fever(String village) {
		long order = fx.order("demo-county", village, 1, null).path("id").asLong();
		Reply reading = fx.check("demo-county", order, HealthFixtures.today().minusDays(1), "38.6");
		assertThat(reading.status()).as(reading.json().toString()).isEqualTo(201);
		return reading.json().path("alertId").asLong();
	}

	private List<JsonNode> clusters(String village) {
		return fx.get("demo-county", PATH + "?jurisdiction=" + village + "&limit=100").json().path("items").valueStream()
			.filter(r -> r.path("kind").asString().equals("FEVER_CLUSTER"))
			.toList();
	}

	private JsonNode withLink(String link) {
		List<JsonNode> found = reportsWithLink(link);
		return found.isEmpty() ? null : found.getFirst();
	}

	private List<JsonNode> reportsWithLink(String link) {
		return fx.get("demo-county", PATH + "?jurisdiction=" + HealthFixtures.TOWNSHIP + "&limit=100").json().path("items")
			.valueStream()
			.filter(r -> r.path("link").asString("").equals(link))
			.toList();
	}

	private String path(JsonNode kase) {
		return fx.get("demo-county", "/api/v1/jurisdictions/" + kase.path("jurisdictionCode").asString()).json().path("path")
			.asString();
	}

	private String firstChild(String code) {
		return fx.get("demo-county", "/api/v1/jurisdictions/" + code + "/children").json().path("items").get(0).path("code")
			.asString();
	}

	private static Map<String, Object> report(String kind, String place, String what, String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("jurisdictionCode", place);
		body.put("whatHappened", what);
		body.put("happenedAt", LocalDateTime.now(HealthFixtures.ZONE).minusMinutes(30).withNano(0).toString());
		if (clientId != null) {
			body.put("clientId", clientId);
		}
		return body;
	}

	private static java.util.stream.Stream<Long> ids(JsonNode list) {
		return list.path("items").valueStream().map(r -> r.path("id").asLong());
	}

	private static List<String> fields(Reply reply) {
		return reply.json().path("violations").valueStream().map(v -> v.path("field").asString()).toList();
	}
}
