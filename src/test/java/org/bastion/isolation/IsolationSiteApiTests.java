package org.bastion.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Isolation sites, rooms, stays, occupancy and occupants' needs over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class IsolationSiteApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aOneBedRoomTakesOnePersonAndAReleaseChecksThemOut() throws Exception {
		long site = site("demo-county", HealthFixtures.TOWNSHIP);
		assertThat(fx.get("demo-county", "/api/v1/isolation-sites/" + site).json().path("site").path("createdByName")
			.asString()).isEqualTo("县指挥部 李明");
		assertThat(fx.get("demo-county", "/api/v1/isolation-sites?jurisdiction=" + HealthFixtures.TOWNSHIP).json()
			.path("items")
			.valueStream()
			.filter(listed -> listed.path("id").asLong() == site)
			.map(listed -> listed.path("createdByName").asString())).containsExactly("县指挥部 李明");
		long single = room(site, "101", 1);
		long twin = room(site, "102", 2);
		JsonNode first = siteOrder(HealthFixtures.TOWNSHIP, 14);
		JsonNode second = siteOrder(HealthFixtures.TOWNSHIP, 2);

		Reply in = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(first, single));
		assertThat(in.status()).as(in.json().toString()).isEqualTo(201);
		long stay = in.json().path("id").asLong();
		assertThat(in.json().path("roomNumber").asString()).isEqualTo("101");
		assertThat(in.json().path("checkedInBy").asString()).isEqualTo("demo-county");
		assertThat(in.json().path("checkedInByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(fx.get("demo-county", "/api/v1/observations/" + first.path("id").asLong()).json().path("siteId").asLong())
			.isEqualTo(site);

		Reply full = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(second, single));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.json().path("detail").asString()).contains("101");
		Reply twice = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(first, twin));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().path("existing").path("id").asLong()).isEqualTo(stay);

		Map<String, Object> retried = stay(second, twin);
		Reply secondIn = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", retried);
		assertThat(secondIn.status()).isEqualTo(201);
		Reply replayed = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", retried);
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.json().path("id").asLong()).isEqualTo(secondIn.json().path("id").asLong());
		assertThat(replayed.json().path("checkedInByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(replayed.json().path("replayed").asBoolean()).isTrue();

		assertThat(occupancy(site)).containsExactly(3, 2, 1);
		JsonNode county = fx.get("demo-county", "/api/v1/isolation-sites/occupancy").json();
		assertThat(county.path("beds").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(county.path("free").asInt()).isEqualTo(county.path("beds").asInt() - county.path("occupied").asInt());

		assertThat(fx.check("demo-county", first.path("id").asLong(), HealthFixtures.today().minusDays(1), "36.5").status())
			.isEqualTo(201);
		Reply released = fx.post("demo-county", "/api/v1/observations/" + first.path("id").asLong() + "/release",
				Map.of("date", HealthFixtures.today().toString(), "reason", "核酸检测阴性"));
		assertThat(released.status()).as(released.json().toString()).isEqualTo(200);
		// The release reaches the stay after it commits, as an event.
		JsonNode closed = await("the stay checked out").atMost(Duration.ofSeconds(30))
			.until(() -> fx.get("demo-county", "/api/v1/isolation-sites/stays/" + stay).json(),
					s -> !s.path("open").asBoolean());
		assertThat(closed.path("open").asBoolean()).isFalse();
		assertThat(closed.path("checkOutReason").asString()).isEqualTo("RELEASED");
		assertThat(occupancy(site)).containsExactly(3, 1, 2);
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(first, single)).status())
			.isEqualTo(409);
	}

	@Test
	void aPersonMovesRoomsIsCheckedOutByHandAndAHomeOrderIsRefused() {
		long site = site("demo-county", HealthFixtures.TOWNSHIP);
		long a = room(site, "A1", 2);
		long b = room(site, "B1", 1);
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/rooms", Map.of("number", "A1", "beds", 1))
			.status()).isEqualTo(409);
		Reply badBeds = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/rooms", Map.of("number", "C1", "beds", 0));
		assertThat(badBeds.status()).isEqualTo(400);
		assertThat(badBeds.json().path("violations").get(0).path("field").asString()).isEqualTo("beds");

		JsonNode home = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null);
		Reply homeIn = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(home, a));
		assertThat(homeIn.status()).isEqualTo(400);
		assertThat(homeIn.json().path("violations").get(0).path("field").asString()).isEqualTo("observationId");

		JsonNode order = siteOrder(HealthFixtures.TOWNSHIP, 1);
		long stay = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(order, a)).json().path("id").asLong();
		Reply moved = fx.post("demo-county", "/api/v1/isolation-sites/stays/" + stay + "/transfer", Map.of("roomId", b));
		assertThat(moved.status()).as(moved.json().toString()).isEqualTo(201);
		long newStay = moved.json().path("id").asLong();
		assertThat(moved.json().path("roomNumber").asString()).isEqualTo("B1");
		JsonNode old = fx.get("demo-county", "/api/v1/stays/" + stay).json();
		assertThat(old.path("checkOutReason").asString()).isEqualTo("TRANSFERRED");
		assertThat(old.path("checkedOutByName").asString()).isEqualTo("县指挥部 李明");

		JsonNode other = siteOrder(HealthFixtures.TOWNSHIP, 1);
		long otherStay = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(other, a)).json()
			.path("id").asLong();
		Reply intoFull = fx.post("demo-county", "/api/v1/isolation-sites/stays/" + otherStay + "/transfer", Map.of("roomId", b));
		assertThat(intoFull.status()).isEqualTo(409);
		assertThat(intoFull.json().path("detail").asString()).contains("B1");

		Reply out = fx.post("demo-county", "/api/v1/stays/" + newStay + "/check-out", Map.of("reason", "HOSPITAL"));
		assertThat(out.status()).isEqualTo(200);
		assertThat(out.json().path("checkOutReason").asString()).isEqualTo("HOSPITAL");
		assertThat(out.json().path("checkedOutBy").asString()).isEqualTo("demo-county");
		assertThat(out.json().path("checkedOutByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/stays/" + newStay + "/check-out", Map.of("reason", "OTHER"))
			.status()).isEqualTo(409);
	}

	@Test
	void needsAreListedUntilStaffFulfilThem() {
		long site = site("demo-county", HealthFixtures.TOWNSHIP);
		long room = room(site, "201", 2);
		JsonNode order = siteOrder(HealthFixtures.TOWNSHIP, 1);
		long stay = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/stays", stay(order, room)).json()
			.path("id").asLong();

		Map<String, Object> need = new LinkedHashMap<>();
		need.put("need", "MEDICINE");
		need.put("detail", "降压药，每天一次");
		need.put("clientId", UUID.randomUUID().toString());
		Reply asked = fx.post("demo-county", "/api/v1/isolation-sites/stays/" + stay + "/requests", need);
		assertThat(asked.status()).as(asked.json().toString()).isEqualTo(201);
		long request = asked.json().path("id").asLong();
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/stays/" + stay + "/requests", need).json().path("id").asLong())
			.isEqualTo(request);
		Reply food = fx.post("demo-county", "/api/v1/isolation-sites/stays/" + stay + "/requests",
				Map.of("need", "FOOD", "detail", "清真餐"));
		assertThat(food.status()).isEqualTo(201);
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/stays/" + stay + "/requests", Map.of("need", "FOOD"))
			.status()).isEqualTo(400);

		JsonNode open = fx.get("demo-county", "/api/v1/isolation-sites/" + site + "/requests").json().path("items");
		assertThat(open.size()).isEqualTo(2);
		assertThat(open.get(0).path("id").asLong()).isEqualTo(request);
		assertThat(open.get(0).path("personName").asString()).isEqualTo(order.path("personName").asString());
		assertThat(open.get(0).path("roomNumber").asString()).isEqualTo("201");
		assertThat(open.get(0).path("createdByName").asString()).isEqualTo("县指挥部 李明");

		assertThat(fx.post("demo-county", "/api/v1/occupant-requests/" + request + "/fulfil", Map.of()).status()).isEqualTo(400);
		Reply done = fx.post("demo-county", "/api/v1/occupant-requests/" + request + "/fulfil", Map.of("note", "已送到房间"));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().path("open").asBoolean()).isFalse();
		assertThat(done.json().path("fulfilledBy").asString()).isEqualTo("demo-county");
		assertThat(done.json().path("fulfilledByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(done.json().path("createdByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(fx.post("demo-county", "/api/v1/occupant-requests/" + request + "/fulfil", Map.of("note", "再次")).status())
			.isEqualTo(409);
		assertThat(fx.get("demo-county", "/api/v1/isolation-sites/" + site + "/requests").json().path("items").size())
			.isEqualTo(1);
	}

	@Test
	void sitesAreHqsAndStayInsideTheirArea() {
		Map<String, Object> body = siteBody(HealthFixtures.OTHER_TOWNSHIP);
		assertThat(fx.post("demo-grid", "/api/v1/isolation-sites", body).status()).isEqualTo(403);
		assertThat(fx.post("demo-leader", "/api/v1/isolation-sites", body).status()).isEqualTo(403);
		assertThat(fx.post("demo-township", "/api/v1/isolation-sites", body).status()).isEqualTo(403);
		Reply created = fx.post("demo-county", "/api/v1/isolation-sites", body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites", body).json().path("id").asLong())
			.isEqualTo(created.json().path("id").asLong());
		body.put("clientId", UUID.randomUUID().toString());
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites", body).status()).isEqualTo(409);
		long site = created.json().path("id").asLong();

		assertThat(fx.get("demo-township", "/api/v1/isolation-sites/" + site).status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/isolation-sites/" + site + "/rooms", Map.of("number", "1", "beds", 1))
			.status()).isEqualTo(404);
		assertThat(fx.get("demo-township", "/api/v1/isolation-sites/occupancy").json().path("sites").toString())
			.doesNotContain("\"siteId\":" + site + ",");
		assertThat(fx.get("demo-leader", "/api/v1/isolation-sites/" + site).status()).isEqualTo(200);
		JsonNode county = fx.get("demo-county", "/api/v1/isolation-sites").json();
		assertThat(county.path("nextCursor").isNull()).isTrue();
		assertThat(county.path("items").valueStream().map(s -> s.path("id").asLong())).contains(site);
		assertThat(fx.get("demo-township", "/api/v1/isolation-sites").json().path("items").valueStream()
			.map(s -> s.path("id").asLong())).doesNotContain(site);

		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("kind", "CASTLE");
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites", bad).status()).isEqualTo(400);
		Reply missing = fx.post("demo-county", "/api/v1/isolation-sites", Map.of("kind", "HOTEL"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).contains("name", "jurisdictionCode");
	}

	long site(String username, String place) {
		Reply reply = fx.post(username, "/api/v1/isolation-sites", siteBody(place));
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		assertThat(reply.json().path("createdBy").asString()).isEqualTo(username);
		assertThat(reply.json().path("createdByName").asString()).isNotBlank().isNotEqualTo(username);
		return reply.json().path("id").asLong();
	}

	public static Map<String, Object> siteBody(String place) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "隔离点" + UUID.randomUUID().toString().substring(0, 8));
		body.put("kind", "HOTEL");
		body.put("jurisdictionCode", place);
		body.put("address", "共乐镇中街1号");
		body.put("staff", "张医生 13800000000");
		body.put("clientId", UUID.randomUUID().toString());
		return body;
	}

	long room(long site, String number, int beds) {
		Reply reply = fx.post("demo-county", "/api/v1/isolation-sites/" + site + "/rooms", Map.of("number", number, "beds", beds));
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

	JsonNode siteOrder(String place, int daysAgo) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", fx.person(place));
		body.put("kind", "SITE");
		body.put("reason", "CLOSE_CONTACT");
		body.put("startDate", HealthFixtures.today().minusDays(daysAgo).toString());
		Reply reply = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json();
	}

	static Map<String, Object> stay(JsonNode order, long room) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("observationId", order.path("id").asLong());
		body.put("roomId", room);
		body.put("clientId", UUID.randomUUID().toString());
		return body;
	}

	/** Beds, occupied and free of one site, as the occupancy endpoint says. */
	List<Integer> occupancy(long site) {
		for (JsonNode line : fx.get("demo-county", "/api/v1/isolation-sites/occupancy").json().path("sites")) {
			if (line.path("siteId").asLong() == site) {
				return List.of(line.path("beds").asInt(), line.path("occupied").asInt(), line.path("free").asInt());
			}
		}
		throw new AssertionError("site " + site + " not in the occupancy");
	}

	static List<String> fields(Reply reply) {
		List<String> fields = new java.util.ArrayList<>();
		for (JsonNode v : reply.json().path("violations")) {
			fields.add(v.path("field").asString());
		}
		return fields;
	}
}
