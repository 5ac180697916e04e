package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The register of checkpoints over HTTP: who puts one on it, what is refused, who reads it, and a move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckpointApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void theTownshipRegistersItsBorderPostOnceAndEveryoneInTheAreaReadsIt() {
		Map<String, Object> body = checkpoint("共乐镇东界卡点" + suffix(), HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		body.put("road", "S206");
		body.put("latitude", 29.4512);
		body.put("longitude", 104.7123);
		body.put("agencies", List.of("VOLUNTEERS", "POLICE", "HEALTH"));
		body.put("openedOn", HealthFixtures.today().minusDays(3).toString());
		Reply created = fx.post("demo-township", "/api/v1/checkpoints", body);
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		JsonNode c = created.json();
		long id = c.path("id").asLong();
		assertThat(c.path("level").asString()).isEqualTo("TOWNSHIP_BORDER");
		assertThat(c.path("agencies").valueStream().map(JsonNode::asString)).containsExactly("POLICE", "HEALTH", "VOLUNTEERS");
		assertThat(c.path("open").asBoolean()).isTrue();
		assertThat(c.path("jurisdictionName").asString()).isNotBlank();
		assertThat(c.path("createdByName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(c.has("siteCode")).isFalse();

		Reply again = fx.post("demo-township", "/api/v1/checkpoints", body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();

		body.put("clientId", UUID.randomUUID().toString());
		Reply sameName = fx.post("demo-township", "/api/v1/checkpoints", body);
		assertThat(sameName.status()).isEqualTo(409);
		assertThat(sameName.json().path("detail").asString()).contains(body.get("name").toString());

		for (String reader : List.of("demo-county", "demo-township", "demo-leader", "demo-grid")) {
			assertThat(fx.get(reader, "/api/v1/checkpoints/" + id).status()).as(reader).isEqualTo(reader.equals("demo-grid") ? 404 : 200);
		}
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoints?jurisdiction=" + HealthFixtures.TOWNSHIP + "&limit=100")))
			.contains(id);
		assertThat(fx.post("demo-leader", "/api/v1/checkpoints", checkpoint("领导卡点" + suffix(), HealthFixtures.TOWNSHIP,
				"COUNTY_ROAD")).status()).isEqualTo(403);
		assertThat(fx.post("demo-grid", "/api/v1/checkpoints", checkpoint("网格卡点" + suffix(), HealthFixtures.TOWNSHIP,
				"VILLAGE_ROAD")).status()).isEqualTo(403);
	}

	@Test
	void aCheckpointOfAnotherTownshipIsNeitherMadeNorSeenFromThisOne() {
		Reply outside = fx.post("demo-township", "/api/v1/checkpoints",
				checkpoint("外镇卡点" + suffix(), HealthFixtures.OTHER_TOWNSHIP, "COUNTY_ROAD"));
		assertThat(outside.status()).isEqualTo(403);
		long theirs = fx.post("demo-county", "/api/v1/checkpoints",
				checkpoint("古松卡点" + suffix(), HealthFixtures.OTHER_TOWNSHIP, "NATIONAL_ROAD")).json().path("id").asLong();
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + theirs).status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + theirs + "/close",
				Map.of("closedOn", HealthFixtures.today().toString())).status()).isEqualTo(404);
		assertThat(ids(fx.get("demo-township", "/api/v1/checkpoints?limit=100"))).doesNotContain(theirs);
		assertThat(fx.get("demo-township", "/api/v1/checkpoints?jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP).status())
			.isEqualTo(404);
	}

	@Test
	void everyMistakeIsNamedByItsFieldAndNothingIsStored() {
		Map<String, Object> body = checkpoint("", "no-such-place", null);
		body.put("latitude", 95);
		body.put("agencies", List.of());
		Reply refused = fx.post("demo-county", "/api/v1/checkpoints", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("name", "level", "latitude", "agencies");

		Map<String, Object> unknownPlace = checkpoint("未知地区卡点" + suffix(), "999999999999", "COUNTY_ROAD");
		unknownPlace.put("openedOn", HealthFixtures.today().toString());
		unknownPlace.put("closedOn", HealthFixtures.today().minusDays(1).toString());
		Reply both = fx.post("demo-county", "/api/v1/checkpoints", unknownPlace);
		assertThat(both.status()).isEqualTo(400);
		assertThat(fields(both)).containsExactlyInAnyOrder("jurisdictionCode", "closedOn");
		assertThat(both.json().toString()).contains("撤除日期不能早于设立日期");

		Map<String, Object> badLevel = checkpoint("错误类别" + suffix(), HealthFixtures.TOWNSHIP, "MOTORWAY");
		assertThat(fx.post("demo-county", "/api/v1/checkpoints", badLevel).status()).isEqualTo(400);
		assertThat(fx.get("demo-county", "/api/v1/checkpoints?cursor=abc").status()).isEqualTo(400);
	}

	@Test
	void aClosedCheckpointIsNoLongerStaffedAndAClosingBeforeItsOpeningIsRefused() {
		Map<String, Object> body = checkpoint("临时卡点" + suffix(), HealthFixtures.TOWNSHIP, "VILLAGE_ROAD");
		LocalDate today = HealthFixtures.today();
		body.put("openedOn", today.minusDays(10).toString());
		long id = fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
		Reply early = fx.post("demo-township", "/api/v1/checkpoints/" + id + "/close",
				Map.of("closedOn", today.minusDays(11).toString()));
		assertThat(early.status()).isEqualTo(400);
		assertThat(fields(early)).containsExactly("closedOn");
		assertThat(fx.post("demo-leader", "/api/v1/checkpoints/" + id + "/close",
				Map.of("closedOn", today.toString())).status()).isEqualTo(403);

		Reply closed = fx.post("demo-township", "/api/v1/checkpoints/" + id + "/close",
				Map.of("closedOn", today.minusDays(1).toString()));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("open").asBoolean()).isFalse();
		assertThat(closed.json().path("closedOn").asString()).isEqualTo(today.minusDays(1).toString());
	}

	@Test
	void theListIsPagedByCursorWithoutRepeats() {
		for (int i = 0; i < 3; i++) {
			fx.post("demo-county", "/api/v1/checkpoints", checkpoint("翻页卡点" + suffix(), HealthFixtures.TOWNSHIP, "COUNTY_ROAD"));
		}
		JsonNode first = fx.get("demo-county", "/api/v1/checkpoints?limit=2").json();
		assertThat(first.path("items").size()).isEqualTo(2);
		String cursor = first.path("nextCursor").asString();
		JsonNode second = fx.get("demo-county", "/api/v1/checkpoints?limit=2&cursor=" + cursor).json();
		assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).isNotEmpty();
	}

	@Test
	void aCheckpointMovesWithItsVillage() {
		String village = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
		assertThat(fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", village, "name", "卡点村" + suffix(), "parentCode", HealthFixtures.TOWNSHIP)).status())
			.isEqualTo(201);
		long id = fx.post("demo-county", "/api/v1/checkpoints", checkpoint("村口卡点", village, "VILLAGE_ROAD")).json()
			.path("id")
			.asLong();
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + id).status()).isEqualTo(200);
		assertThat(fx.post("demo-county", "/api/v1/jurisdictions/" + village + "/move",
				Map.of("parentCode", HealthFixtures.OTHER_TOWNSHIP)).status()).isEqualTo(200);
		await("the checkpoint follows its village").atMost(Duration.ofSeconds(30))
			.until(() -> fx.get("demo-township", "/api/v1/checkpoints/" + id).status() == 404);
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoints?limit=100&jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP)))
			.contains(id);
	}

	static Map<String, Object> checkpoint(String name, String place, String level) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("level", level);
		body.put("jurisdictionCode", place);
		body.put("agencies", List.of("TOWNSHIP", "VOLUNTEERS"));
		body.put("clientId", UUID.randomUUID().toString());
		return body;
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	private static List<Long> ids(Reply list) {
		assertThat(list.status()).as(list.json().toString()).isEqualTo(200);
		return ids(list.json());
	}

	private static List<Long> ids(JsonNode list) {
		return list.path("items").valueStream().map(c -> c.path("id").asLong()).toList();
	}

	private static List<String> fields(Reply refused) {
		return refused.json().path("violations").valueStream().map(v -> v.path("field").asString()).toList();
	}
}
