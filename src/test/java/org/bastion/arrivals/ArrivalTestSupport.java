package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls of the arrival API for full-stack tests. The database is shared with every other test, so
 * persons get fresh ID numbers and names, and tests that need risk areas pick a province and dates
 * no other test uses.
 */
final class ArrivalTestSupport {

	static final String COUNTY = "511528";

	/** 共乐镇, the area of demo-township. */
	static final String TOWNSHIP = "511528103";

	/** 古宋镇, outside demo-township's area. */
	static final String OTHER_TOWNSHIP = "511528100";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Reply(int status, JsonNode json, byte[] body, String contentType) {
	}

	private final int port;

	private final Map<String, RestClient> clients = new java.util.HashMap<>();

	ArrivalTestSupport(int port) {
		this.port = port;
	}

	RestClient as(String user) {
		return clients.computeIfAbsent(user, u -> ApiClient.signedIn(port, u));
	}

	Reply post(String user, String path, Object body, Map<String, String> headers) {
		return as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).headers(h -> headers.forEach(h::set))
			.body(body).exchange((req, res) -> reply(res.getStatusCode().value(), res.getBody().readAllBytes(),
					res.getHeaders().getContentType()));
	}

	Reply post(String user, String path, Object body) {
		return post(user, path, body, Map.of());
	}

	Reply put(String user, String path, Object body) {
		return as(user).put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange((req, res) -> reply(res.getStatusCode().value(), res.getBody().readAllBytes(),
					res.getHeaders().getContentType()));
	}

	Reply get(String user, String path) {
		return as(user).get().uri(path).exchange((req, res) -> reply(res.getStatusCode().value(),
				res.getBody().readAllBytes(), res.getHeaders().getContentType()));
	}

	private static Reply reply(int status, byte[] body, MediaType type) {
		JsonNode json = null;
		if (type != null && type.getSubtype().contains("json") && body.length > 0) {
			json = JSON.readTree(body);
		}
		return new Reply(status, json, body, type == null ? null : type.toString());
	}

	/** A designation of an area for exactly the given days; returns its id. */
	long designate(String divisionCode, String level, LocalDate from, LocalDate to) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("divisionCode", divisionCode);
		body.put("level", level);
		body.put("from", from.toString());
		body.put("to", to == null ? null : to.toString());
		Reply reply = post("demo-county", "/api/v1/risk-areas", body);
		if (reply.status() != 201) {
			throw new IllegalStateException("designation refused: " + reply.status() + " " + reply.json());
		}
		return reply.json().path("id").asLong();
	}

	/** The leaf code of a demo account's area, as {@code /api/v1/me} says. */
	static String areaOf(ArrivalTestSupport api, String user) {
		return api.get(user, "/api/v1/me").json().path("jurisdictionCode").asString();
	}

	static Map<String, Object> arrival(String idNumber, String name, String place, String origin, LocalDate date,
			Map<String, Object> transport) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", idNumber);
		person.put("name", name);
		person.put("phone", uniquePhone());
		person.put("jurisdictionCode", place);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", person);
		body.put("originCode", origin);
		body.put("originAddress", "某街道1号");
		body.put("departureDate", date.minusDays(1).toString());
		body.put("arrivalDate", date.toString());
		body.put("transport", transport);
		body.put("contacts", List.of(Map.of("name", "接触" + name, "phone", uniquePhone(), "relation", "邻居")));
		body.put("temperature", 36.5);
		return body;
	}

	static Map<String, Object> car(String plate) {
		return Map.of("mode", "CAR", "plate", plate);
	}

	static Map<String, Object> train(String number) {
		return Map.of("mode", "TRAIN", "number", number);
	}

	static String uniqueId() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		return IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1000)).value();
	}

	static String uniqueName(String family) {
		String digits = "甲乙丙丁戊己庚辛壬癸";
		StringBuilder name = new StringBuilder(family);
		for (int i = 0; i < 4; i++) {
			name.append(digits.charAt(ThreadLocalRandom.current().nextInt(10)));
		}
		return name.toString();
	}

	static String uniquePhone() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A day long past that no other test picks (one in some 2,500), for designations that must not collide. */
	/**
	 * A past day no other test of this run registers arrivals on, nor the days either side of it (some
	 * tests use the day before): tests counting a day's arrivals see only their own. Days are handed out
	 * three apart from a random start, so a database kept between runs rarely meets a day twice either.
	 */
	static LocalDate quietDay() {
		return LocalDate.of(2015, 1, 1).plusDays(3L * Math.floorMod(QUIET_DAYS.getAndIncrement(), 830));
	}

	private static final AtomicInteger QUIET_DAYS = new AtomicInteger(ThreadLocalRandom.current().nextInt(830));

	static String plateDigits() {
		return "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
	}
}
