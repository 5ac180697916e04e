package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the screening rounds' full-stack tests share: the demo grid worker's grid, its village and a
 * sibling grid, fresh households, and signed-in calls answering status and JSON.
 */
public abstract class RoundHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	public int port;

	public String grid;

	public String village;

	public String siblingGrid;

	@BeforeEach
	public void places() {
		JsonNode tops = get("demo-grid", "/api/v1/jurisdictions").json();
		grid = tops.path("items").get(0).path("code").asString();
		village = tops.path("items").get(0).path("parentCode").asString();
		JsonNode children = get("demo-county", "/api/v1/jurisdictions/" + village + "/children").json().path("items");
		for (JsonNode child : children) {
			if (!child.path("code").asString().equals(grid)) {
				siblingGrid = child.path("code").asString();
				break;
			}
		}
		assertThat(siblingGrid).isNotNull();
	}


	public JsonNode gridRow(long round) {
		JsonNode coverage = get("demo-county", "/api/v1/screening-rounds/" + round + "/coverage?jurisdiction=" + village)
			.json();
		for (JsonNode child : coverage.path("children")) {
			if (child.path("jurisdictionCode").asString().equals(grid)) {
				return child;
			}
		}
		throw new AssertionError("No row for grid " + grid + " in " + coverage);
	}

	public static long visitAt(List<JsonNode> visits, String address) {
		return visits.stream()
			.filter(v -> address.equals(v.path("address").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No visit at " + address))
			.path("id")
			.asLong();
	}

	public List<JsonNode> allVisits(String user, long round, String jurisdiction) {
		List<JsonNode> visits = new ArrayList<>();
		String cursor = null;
		do {
			String uri = "/api/v1/screening-rounds/" + round + "/visits?limit=200"
					+ (jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction) + (cursor == null ? "" : "&cursor=" + cursor);
			JsonNode page = get(user, uri).json();
			page.path("items").forEach(visits::add);
			cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode() ? null
					: page.path("nextCursor").asString();
		}
		while (cursor != null);
		return visits;
	}

	/** A fresh household in {@code jurisdictionCode} with an address no one else uses; returns the address. */
	public String household(String jurisdictionCode) {
		String address = "测试户" + UUID.randomUUID().toString().substring(0, 8) + "号";
		Reply created = post("demo-county", "/api/v1/households",
				Map.of("jurisdictionCode", jurisdictionCode, "address", address));
		assertThat(created.status()).isEqualTo(201);
		return address;
	}

	public Reply open(String code, LocalDate deadline) {
		Reply reply = post("demo-county", "/api/v1/screening-rounds", opening(code, deadline));
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply;
	}

	public static Map<String, Object> opening(String code, LocalDate deadline) {
		return Map.of("jurisdictionCode", code, "deadline", deadline.toString());
	}

	public Reply mark(String user, long visit, String outcome, Integer returnees, String note, String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", outcome);
		if (returnees != null) {
			body.put("returnees", returnees);
		}
		if (note != null) {
			body.put("note", note);
		}
		if (clientId != null) {
			body.put("clientId", clientId);
		}
		return post(user, "/api/v1/visits/" + visit, body);
	}

	public static String randomIdNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return IdNumber.of("110105", LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
				random.nextInt(1, 999)).value();
	}

	public record Reply(int status, JsonNode json) {
	}

	private final Map<String, RestClient> clients = new HashMap<>();

	public RestClient client(String user) {
		return clients.computeIfAbsent(user, name -> ApiClient.signedIn(port, name));
	}

	public Reply get(String user, String uri) {
		ResponseEntity<String> response = client(user).get().uri(uri).retrieve().toEntity(String.class);
		return reply(response);
	}

	public Reply post(String user, String uri, Object body) {
		return post(user, uri, body, null);
	}

	public Reply post(String user, String uri, Object body, String idempotencyKey) {
		var request = client(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		return reply(request.body(body).retrieve().toEntity(String.class));
	}

	private static Reply reply(ResponseEntity<String> response) {
		String body = response.getBody();
		return new Reply(response.getStatusCode().value(), body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
	}
}
