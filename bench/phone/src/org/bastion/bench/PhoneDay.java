package org.bastion.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.people.IdNumber;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grid worker's day, made through the API before the flows and not measured: a household in an open
 * round of the worker's grid, a person under observation there whom the worker monitors, and a pushed-list
 * entry to verify, and a resident known before, as the county's HQ and the worker would have made them. The demo's month may or may not leave such work in this one grid.
 */
final class PhoneDay {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId FIELD_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String RESIDENT_NAMES = "春夏秋冬梅兰竹菊松柏桃李杏桂荷莲";

	/** The order made for the check, found on the observation list by {@code #check-<id>}. */
	final long order;

	/** A resident of the grid the county registered before (name, ID number, phone): the known returnee. */
	final long knownPerson;

	/** Their name, three characters, typed into the arrival form's picker. */
	final String knownName;

	private PhoneDay(long order, long knownPerson, String knownName) {
		this.order = order;
		this.knownPerson = knownPerson;
		this.knownName = knownName;
	}

	static PhoneDay make(String base, String worker, String headquarters, String password) {
		RestClient county = signedIn(base, headquarters, password);
		RestClient monitor = signedIn(base, worker, password);
		String grid = json(monitor.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode").asString();
		LocalDate today = LocalDate.now(FIELD_ZONE);
		post(county, "/api/v1/households", Map.of("jurisdictionCode", grid, "address", "测速户" + suffix() + "号"));
		try {
			post(county, "/api/v1/screening-rounds", Map.of("jurisdictionCode", grid, "deadline", today.plusDays(3).toString()));
		}
		catch (RuntimeException alreadyOpen) {
			BenchOutput.say("no new round: %s", alreadyOpen.getMessage());
		}
		long person = person(county, grid, "测速观察" + suffix(), idNumber());
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("personId", person);
		order.put("kind", "HOME");
		order.put("reason", "CLOSE_CONTACT");
		order.put("startDate", today.minusDays(1).toString());
		long orderId = post(monitor, "/api/v1/observations", order).path("id").asLong();

		String listed = "测速核查" + suffix();
		String listedId = idNumber();
		person(county, grid, listed, listedId);
		String csv = "姓名,身份证号,所属乡镇\n%s,%s,\n".formatted(listed, listedId);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "phone-bench.csv";
			}
		});
		parts.add("name", "测速名单 " + suffix());
		parts.add("deadline", today.plusDays(3).toString());
		county.post().uri("/api/v1/pushed-lists").contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
			.toBodilessEntity();
		BenchOutput.say("the day's work made in grid %s: a household in an open round, order %d, pushed entry of %s",
				grid, orderId, listed);
		String known = "知" + RESIDENT_NAMES.charAt(ThreadLocalRandom.current().nextInt(RESIDENT_NAMES.length()))
				+ RESIDENT_NAMES.charAt(ThreadLocalRandom.current().nextInt(RESIDENT_NAMES.length()));
		long knownPerson = post(county, "/api/v1/people", Map.of("idNumber", idNumber(), "name", known, "jurisdictionCode",
				grid, "phone", "138" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000))))
			.path("id").asLong();
		return new PhoneDay(orderId, knownPerson, known);
	}

	private static long person(RestClient county, String grid, String name, String idNumber) {
		return post(county, "/api/v1/people", Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", grid))
			.path("id").asLong();
	}

	private static JsonNode post(RestClient client, String path, Map<String, ?> body) {
		return json(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(String.class));
	}

	private static RestClient signedIn(String base, String user, String password) {
		String token = json(RestClient.create(base).post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", user, "password", password)).retrieve().body(String.class)).path("token").asString();
		return RestClient.builder().baseUrl(base).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body == null ? "{}" : body);
	}

	/** A valid resident ID number of somebody born in Beijing's 东城区, new each run. */
	static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return IdNumber.of("110101", LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20_000)), random.nextInt(1000))
			.value();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 5);
	}
}
