package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Persons and orders for the health tests. The database is shared with other tests, so every person
 * is new, with a fresh ID number and name.
 */
public final class HealthFixtures {

	public static final String TOWNSHIP = "511528103";

	public static final String OTHER_TOWNSHIP = "511528100";

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final Map<String, RestClient> clients = new HashMap<>();

	public HealthFixtures(int port) {
		this.port = port;
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	public RestClient as(String username) {
		return clients.computeIfAbsent(username, name -> ApiClient.signedIn(port, name));
	}

	public record Reply(int status, JsonNode json) {
	}

	public Reply get(String username, String path) {
		ResponseEntity<String> entity = as(username).get().uri(path).retrieve().toEntity(String.class);
		return reply(entity);
	}

	public Reply post(String username, String path, Object body) {
		ResponseEntity<String> entity = as(username).post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
		return reply(entity);
	}

	public Reply put(String username, String path, Object body) {
		ResponseEntity<String> entity = as(username).put()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
		return reply(entity);
	}

	/** A valid ID number nobody is likely to hold yet (a retry copes with the rare one taken). */
	public static String freshIdNumber() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		return IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
	}

	/** A new person registered by the county in {@code place}. */
	public long person(String place) {
		return person(place, "观" + UUID.randomUUID().toString().substring(0, 6));
	}

	/** A new person of this name in {@code place}, with a fresh ID number; the person's id. */
	public long person(String place, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", freshIdNumber());
		body.put("name", name);
		body.put("jurisdictionCode", place);
		Reply reply = post("demo-county", "/api/v1/people", body);
		if (reply.status() == 409) {
			return person(place, name);
		}
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

	/** An order for a new person in {@code place}, starting {@code daysAgo} days before today. */
	public JsonNode order(String username, String place, int daysAgo, Integer periodDays) {
		return order(username, person(place), daysAgo, periodDays, null);
	}

	public JsonNode order(String username, long personId, int daysAgo, Integer periodDays, Long monitorUserId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", personId);
		body.put("kind", "HOME");
		body.put("reason", "ARRIVAL_FROM_RISK_AREA");
		body.put("startDate", today().minusDays(daysAgo).toString());
		if (periodDays != null) {
			body.put("periodDays", periodDays);
		}
		if (monitorUserId != null) {
			body.put("monitorUserId", monitorUserId);
		}
		Reply reply = post(username, "/api/v1/observations", body);
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json();
	}

	/** A check of the first slot of {@code date}: see {@link #check(String, long, LocalDate, int, String, String...)}. */
	public Reply check(String username, long orderId, LocalDate date, String temperature, String... symptoms) {
		return check(username, orderId, date, 1, temperature, symptoms);
	}

	/**
	 * A check of {@code slot} of {@code date}, taken half an hour into that slot's window of the usual settings
	 * (08:00-12:00, 14:00-18:00), so that it goes to that slot whatever the hour the test runs. Today is not
	 * a day a test can check on: before 08:00 in the field (a night run of CI) no slot of today has started.
	 */
	public Reply check(String username, long orderId, LocalDate date, int slot, String temperature, String... symptoms) {
		if (date.equals(today())) {
			throw new IllegalArgumentException("A check of today depends on the hour the test runs: check an earlier day");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", UUID.randomUUID().toString());
		body.put("date", date.toString());
		body.put("slot", slot);
		body.put("time", slot == 1 ? "08:30" : "14:30");
		body.put("temperature", new java.math.BigDecimal(temperature));
		body.put("symptoms", java.util.List.of(symptoms));
		return post(username, "/api/v1/observations/" + orderId + "/checks", body);
	}

	public long userId(String username) {
		return get(username, "/api/v1/me").json().path("id").asLong();
	}

	private static Reply reply(ResponseEntity<String> entity) {
		String body = entity.getBody();
		return new Reply(entity.getStatusCode().value(), body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
	}
}
