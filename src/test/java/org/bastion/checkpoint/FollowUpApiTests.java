package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.checkpoint.PassageApiTests.occupant;
import static org.bastion.checkpoint.PassageApiTests.passage;

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
 * What the roadside hands on, over HTTP: a fever to the checkpoint's township, people from a risk area to
 * the grid they are heading to, confirmed there as arrivals with what the roadside typed, each closed once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpApiTests {

	/** 荆州市沙市区, inside the city this test designates a high-risk area for today. */
	static final String ORIGIN = "421002";

	static final String LIST = "/api/v1/passage-follow-ups";

	@LocalServerPort
	int port;

	HealthFixtures fx;

	String grid;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
		grid = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		designateOriginsCity(fx);
	}

	/** Makes {@link #ORIGIN}'s city a high-risk area for today. */
	static void designateOriginsCity(HealthFixtures fx) {
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("divisionCode", "421000");
		area.put("level", "HIGH");
		area.put("from", HealthFixtures.today().toString());
		area.put("to", HealthFixtures.today().toString());
		assertThat(fx.post("demo-county", "/api/v1/risk-areas", area).status()).isEqualTo(201);
	}

	@Test
	void aFeverGoesToTheTownshipAndTheTravellersFromARiskAreaToTheirGrid() {
		long checkpoint = checkpoint();
		String feverish = "热" + suffix();
		String walker = "返" + suffix();
		String idNumber = HealthFixtures.freshIdNumber();
		Map<String, Object> passage = passage("鄂D12345", "REFERRED_FEVER_CLINIC",
				heading(occupant(feverish, null, "13912345678", 38.5), grid),
				heading(occupant(walker, idNumber, null, 36.6), grid),
				heading(occupant("过" + suffix(), null, "13912340001", 36.5), null));
		Reply stored = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", passage);
		assertThat(stored.status()).as(stored.json().toString()).isEqualTo(201);
		long passageId = stored.json().path("id").asLong();
		// A retry stores nothing twice, follow-ups included.
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", passage).status()).isEqualTo(200);

		List<JsonNode> fevers = of(passageId, "demo-township", LIST + "?kind=FEVER");
		assertThat(fevers).hasSize(1);
		JsonNode fever = fevers.getFirst();
		assertThat(fever.path("name").asString()).isEqualTo(feverish);
		assertThat(fever.path("phone").asString()).as("masked in the list").isEqualTo("139****5678");
		assertThat(fever.path("temperature").decimalValue()).isEqualByComparingTo("38.5");
		assertThat(fever.path("originName").asString()).contains("荆州市");
		assertThat(fx.get("demo-township", LIST + "/" + fever.path("id").asLong()).json().path("phone").asString())
			.as("in full on its own page, to call").isEqualTo("13912345678");
		assertThat(of(passageId, "demo-grid", LIST + "?kind=FEVER"))
			.as("the checkpoint is not the grid's").isEmpty();
		assertThat(fx.get("demo-grid", LIST + "/" + fever.path("id").asLong()).status()).isEqualTo(404);

		List<JsonNode> handOvers = of(passageId, "demo-grid", LIST + "?kind=HAND_OVER");
		assertThat(handOvers).extracting(h -> h.path("name").asString()).containsExactly(walker, feverish);
		assertThat(handOvers).allSatisfy(h -> assertThat(h.path("riskLevel").asString()).isEqualTo("HIGH"));
		assertThat(handOvers.get(0).path("idNumber").asString()).isEqualTo(idNumber.substring(0, 6) + "********"
				+ idNumber.substring(14));
		assertThat(of(passageId, "demo-township", LIST + "?kind=HAND_OVER")).hasSize(2);

		long handOver = handOvers.get(0).path("id").asLong();
		Map<String, Object> arrival = arrival(walker, idNumber, handOver);
		Reply registered = fx.post("demo-grid", "/api/v1/arrivals", arrival);
		assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
		long arrivalId = registered.json().path("id").asLong();
		long personId = registered.json().path("personId").asLong();
		assertThat(fx.post("demo-grid", "/api/v1/arrivals", arrival).status()).as("a retry").isEqualTo(200);
		Reply twice = fx.post("demo-grid", "/api/v1/arrivals", arrival(walker, idNumber, handOver));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().path("violations").get(0).path("field").asString()).isEqualTo("handOverId");

		assertThat(of(passageId, "demo-grid", LIST + "?kind=HAND_OVER"))
			.extracting(h -> h.path("name").asString()).containsExactly(feverish);
		JsonNode confirmed = fx.get("demo-grid", LIST + "/" + handOver).json();
		assertThat(confirmed.path("open").asBoolean()).isFalse();
		assertThat(confirmed.path("arrivalId").asLong()).isEqualTo(arrivalId);
		assertThat(of(passageId, "demo-grid", LIST + "?kind=HAND_OVER&status=closed")).hasSize(1);

		JsonNode timeline = fx.get("demo-grid", "/api/v1/people/" + personId + "/health-timeline").json();
		assertThat(timeline.path("entries").valueStream().map(e -> e.path("type").asString()))
			.as("the grid sees the passage that brought its returnee").contains("PASSAGE", "ARRIVAL");
	}

	@Test
	void aFollowUpIsClosedOnceWithWhatWasDone() {
		long checkpoint = checkpoint();
		Reply stored = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages",
				passage("川A12345", "REFERRED_FEVER_CLINIC", heading(occupant("烧" + suffix(), null, "13912340000", 39.0), null)));
		assertThat(stored.status()).as(stored.json().toString()).isEqualTo(201);
		long id = of(stored.json().path("id").asLong(), "demo-township", LIST + "?kind=FEVER").getFirst()
			.path("id").asLong();
		String close = LIST + "/" + id + "/close";

		Reply blank = fx.post("demo-township", close, Map.of("note", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().path("violations").get(0).path("field").asString()).isEqualTo("note");
		assertThat(fx.post("demo-leader", close, Map.of("note", "已送发热门诊")).status()).isEqualTo(403);
		assertThat(fx.post("demo-grid", close, Map.of("note", "已送发热门诊")).status()).isEqualTo(404);
		Reply closed = fx.post("demo-township", close, Map.of("note", "已送发热门诊"));
		assertThat(closed.status()).as(closed.json().toString()).isEqualTo(200);
		assertThat(closed.json().path("closedByName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(closed.json().path("closingNote").asString()).isEqualTo("已送发热门诊");
		assertThat(fx.post("demo-township", close, Map.of("note", "再点一次")).status()).isEqualTo(409);
		assertThat(of(stored.json().path("id").asLong(), "demo-township", LIST + "?kind=FEVER")).isEmpty();
	}

	@Test
	void aListAskedWronglyIsToldWhy() {
		assertThat(fx.get("demo-township", LIST + "?kind=TEA").status()).isEqualTo(400);
		assertThat(fx.get("demo-township", LIST).status()).isEqualTo(400);
		assertThat(fx.get("demo-township", LIST + "?kind=FEVER&status=maybe").status()).isEqualTo(400);
		assertThat(fx.get("demo-township", LIST + "?kind=FEVER&cursor=abc").status()).isEqualTo(400);
		assertThat(fx.get("demo-township", LIST + "?kind=FEVER&jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP).status())
			.isEqualTo(404);
	}

	private long checkpoint() {
		Reply created = fx.post("demo-township", "/api/v1/checkpoints",
				CheckpointApiTests.checkpoint("移交卡点" + CheckpointApiTests.suffix(), HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER"));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	static Map<String, Object> heading(Map<String, Object> occupant, String destination) {
		occupant.put("originCode", ORIGIN);
		occupant.put("destinationCode", destination);
		return occupant;
	}

	private Map<String, Object> arrival(String name, String idNumber, long handOver) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", grid));
		body.put("originCode", ORIGIN);
		body.put("arrivalDate", HealthFixtures.today().toString());
		body.put("transport", Map.of("mode", "CAR", "plate", "鄂D12345"));
		body.put("handOverId", handOver);
		body.put("clientId", UUID.randomUUID().toString());
		return body;
	}

	/** The follow-ups of one passage in every page of a list, in the list's order: other tests' come first. */
	private List<JsonNode> of(long passageId, String user, String query) {
		List<JsonNode> found = new java.util.ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = fx.get(user, query + "&limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).json();
			page.path("items").valueStream().filter(f -> f.path("passageId").asLong() == passageId).forEach(found::add);
			cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode() ? null
					: page.path("nextCursor").asString();
		}
		while (cursor != null);
		return found;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
