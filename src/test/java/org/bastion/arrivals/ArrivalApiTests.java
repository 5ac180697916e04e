package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.OTHER_TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.arrival;
import static org.bastion.arrivals.ArrivalTestSupport.car;
import static org.bastion.arrivals.ArrivalTestSupport.plateDigits;
import static org.bastion.arrivals.ArrivalTestSupport.quietDay;
import static org.bastion.arrivals.ArrivalTestSupport.train;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bastion.arrivals.ArrivalTestSupport.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Registering and reading arrivals over HTTP against the whole application with the demo county. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalApiTests {

	@LocalServerPort
	int port;

	ArrivalTestSupport api;

	@BeforeEach
	void client() {
		api = new ArrivalTestSupport(port);
	}

	@Test
	void aHubeiPlateIsHighRiskWhileWuhanIsDesignatedHigh() {
		LocalDate day = quietDay();
		api.designate("420100", "HIGH", day, day);
		Reply reply = api.post("demo-grid", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("鄂"), gridOfDemoGrid(), "510100", day, car("鄂A" + plateDigits())));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode json = reply.json();
		assertThat(json.path("id").asLong()).isPositive();
		assertThat(json.path("personId").asLong()).isPositive();
		assertThat(json.path("existing").asBoolean()).isFalse();
		assertThat(json.path("registeredBy").asString()).isEqualTo("demo-grid");
		assertThat(json.path("registeredByName").asString()).isEqualTo("网格员 刘洋");
		assertThat(api.get("demo-grid", "/api/v1/arrivals/" + json.path("id").asLong()).json().path("registeredByName")
			.asString()).isEqualTo("网格员 刘洋");
		assertThat(json.path("riskLevel").asString()).isEqualTo("HIGH");
		assertThat(json.path("recommendedMeasure").asString()).isEqualTo("CENTRAL_ISOLATION");
		JsonNode reason = json.path("riskReasons").get(0);
		assertThat(reason.path("code").asString()).isEqualTo("PLATE");
		assertThat(reason.path("areaCode").asString()).isEqualTo("420100");
		assertThat(reason.path("message").asString()).contains("鄂", "武汉市", "高风险");
	}

	@Test
	void aMediumAreaInTheOriginGivesHomeObservationAndAFeverStaysThere() {
		LocalDate day = quietDay();
		api.designate("340100", "MEDIUM", day, null);
		Map<String, Object> body = arrival(uniqueId(), uniqueName("皖"), TOWNSHIP, "340104", day, train("G1234"));
		Reply reply = api.post("demo-county", "/api/v1/arrivals", body);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().path("riskLevel").asString()).isEqualTo("MEDIUM");
		assertThat(reply.json().path("recommendedMeasure").asString()).isEqualTo("HOME_OBSERVATION");
		assertThat(reply.json().path("riskReasons").get(0).path("code").asString()).isEqualTo("ORIGIN");
		assertThat(reply.json().path("originName").asString()).contains("合肥市");

		Map<String, Object> fever = arrival(uniqueId(), uniqueName("热"), TOWNSHIP, "510100", day, train("K9"));
		fever.put("temperature", 38.2);
		Reply feverish = api.post("demo-county", "/api/v1/arrivals", fever);
		assertThat(feverish.json().path("riskLevel").asString()).isEqualTo("NONE");
		assertThat(feverish.json().path("fever").asBoolean()).isTrue();
		assertThat(feverish.json().path("recommendedMeasure").asString()).isEqualTo("HOME_OBSERVATION");
	}

	@Test
	void badInputIsNamedFieldByField() {
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		Reply future = api.post("demo-county", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("未"), TOWNSHIP, "510100", tomorrow, train("G1")));
		assertThat(future.status()).isEqualTo(400);
		assertThat(fields(future)).contains("arrivalDate");

		Map<String, Object> body = arrival(uniqueId(), uniqueName("错"), TOWNSHIP, "510100", quietDay(), car("鄂12345"));
		body.put("departureDate", LocalDate.of(2030, 1, 1).toString());
		body.put("temperature", 43.5);
		Reply wrong = api.post("demo-county", "/api/v1/arrivals", body);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(fields(wrong)).contains("departureDate", "temperature", "transport.plate");

		Map<String, Object> unknownOrigin = arrival(uniqueId(), uniqueName("错"), TOWNSHIP, "999999", quietDay(), train("G1"));
		assertThat(fields(api.post("demo-county", "/api/v1/arrivals", unknownOrigin))).contains("originCode");

		Map<String, Object> noPlate = arrival(uniqueId(), uniqueName("错"), TOWNSHIP, "510100", quietDay(),
				Map.of("mode", "CAR"));
		assertThat(fields(api.post("demo-county", "/api/v1/arrivals", noPlate))).contains("transport.plate");

		String id = uniqueId();
		Map<String, Object> badId = arrival(id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'), uniqueName("错"),
				TOWNSHIP, "510100", quietDay(), train("G1"));
		assertThat(fields(api.post("demo-county", "/api/v1/arrivals", badId))).contains("person.idNumber");

		Map<String, Object> newEnergy = arrival(uniqueId(), uniqueName("绿"), TOWNSHIP, "510100", quietDay(),
				car("川AD" + plateDigits()));
		assertThat(api.post("demo-county", "/api/v1/arrivals", newEnergy).status()).isEqualTo(201);
	}

	@Test
	void theSameTripTwiceGivesTheExistingRecord() {
		String id = uniqueId();
		// The same person: an ID number sent with another name is refused (ArrivalIdentityTests).
		String name = uniqueName("同");
		LocalDate day = quietDay();
		Reply first = api.post("demo-county", "/api/v1/arrivals",
				arrival(id, name, TOWNSHIP, "510100", day, train("D1")));
		Reply again = api.post("demo-county", "/api/v1/arrivals",
				arrival(id, name, TOWNSHIP, "500100", day, train("D2")));
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("existing").asBoolean()).isTrue();
		assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
		assertThat(again.json().path("originCode").asString()).isEqualTo("510100");

		Reply nextTrip = api.post("demo-county", "/api/v1/arrivals",
				arrival(id, name, TOWNSHIP, "510100", day.plusDays(1), train("D1")));
		assertThat(nextTrip.status()).isEqualTo(201);
		assertThat(nextTrip.json().path("personId").asLong()).isEqualTo(first.json().path("personId").asLong());
	}

	/**
	 * Two phones register the same trip at the same moment: both look it up, find nothing and insert.
	 * The one that loses the race answers with the winner's record instead of failing. Several rounds,
	 * since a round's two requests may happen not to overlap.
	 */
	@Test
	void theSameTripRegisteredTwiceAtOnceGivesBothTheOneRecord() throws Exception {
		api.as("demo-county");
		for (int round = 0; round < 6; round++) {
			String id = uniqueId();
			String name = uniqueName("并");
			LocalDate day = quietDay();
			// The person exists before the race: the trip is what both requests insert.
			assertThat(api.post("demo-county", "/api/v1/arrivals",
					arrival(id, name, TOWNSHIP, "510100", day.minusDays(1), train("D3"))).status())
				.isEqualTo(201);
			assertOneRecord(round, race(arrival(id, name, TOWNSHIP, "510100", day, train("D4"))));
		}
	}

	@Test
	void aNewPersonsTripRegisteredTwiceAtOnceGivesBothTheOnePersonAndRecord() throws Exception {
		api.as("demo-county");
		for (int round = 0; round < 6; round++) {
			// Nobody holds the ID number yet: both requests insert the person first, then the trip.
			List<Reply> replies = race(arrival(uniqueId(), uniqueName("新"), TOWNSHIP, "510100", quietDay(), train("D5")));
			assertOneRecord(round, replies);
			assertThat(replies.get(0).json().path("personId").asLong()).isPositive()
				.isEqualTo(replies.get(1).json().path("personId").asLong());
		}
	}

	/** Two phones posting the same arrival at the same moment. */
	private List<Reply> race(Map<String, Object> body) throws Exception {
		ExecutorService phones = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Reply> register = () -> {
				start.await();
				return api.post("demo-county", "/api/v1/arrivals", body);
			};
			Future<Reply> one = phones.submit(register);
			Future<Reply> other = phones.submit(register);
			start.countDown();
			return List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
		}
		finally {
			phones.shutdownNow();
		}
	}

	private static void assertOneRecord(int round, List<Reply> replies) {
		Reply a = replies.get(0);
		Reply b = replies.get(1);
		assertThat(List.of(a.status(), b.status())).as("round %d: %s / %s", round, a.json(), b.json())
			.containsExactlyInAnyOrder(201, 200);
		assertThat(a.json().path("id").asLong()).isPositive().isEqualTo(b.json().path("id").asLong());
		assertThat(List.of(a.json().path("existing").asBoolean(), b.json().path("existing").asBoolean()))
			.containsExactlyInAnyOrder(true, false);
	}

	@Test
	void anIdempotencyKeyStoresOnce() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = arrival(uniqueId(), uniqueName("幂"), TOWNSHIP, "510100", quietDay(), train("G7"));
		Reply first = api.post("demo-county", "/api/v1/arrivals", body, Map.of("Idempotency-Key", key));
		Reply retry = api.post("demo-county", "/api/v1/arrivals", body, Map.of("Idempotency-Key", key));
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().path("existing").asBoolean()).isTrue();
		assertThat(retry.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
	}

	@Test
	void aTownshipCannotReadAnotherTownshipsArrival() {
		Reply elsewhere = api.post("demo-county", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("外"), OTHER_TOWNSHIP, "510100", quietDay(), train("G8")));
		long id = elsewhere.json().path("id").asLong();
		assertThat(api.get("demo-township", "/api/v1/arrivals/" + id).status()).isEqualTo(404);
		assertThat(api.get("demo-county", "/api/v1/arrivals/" + id).status()).isEqualTo(200);
		assertThat(api.post("demo-township", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("外"), OTHER_TOWNSHIP, "510100", quietDay(), train("G8"))).status())
			.isEqualTo(403);
		assertThat(api.post("demo-leader", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("外"), TOWNSHIP, "510100", quietDay(), train("G8"))).status())
			.isEqualTo(403);
	}

	@Test
	void aPersonLivingElsewhereIsUsedAndTheArrivalIsStampedWithTheRegistrarsPlace() {
		String id = uniqueId();
		Reply person = api.post("demo-county", "/api/v1/people",
				Map.of("idNumber", id, "name", uniqueName("迁"), "jurisdictionCode", OTHER_TOWNSHIP));
		assertThat(person.status()).isEqualTo(201);
		Reply reply = api.post("demo-township", "/api/v1/arrivals",
				arrival(id, "别名", TOWNSHIP, "510100", quietDay(), train("G9")));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().path("personId").asLong()).isEqualTo(person.json().path("id").asLong());
		assertThat(reply.json().path("jurisdictionCode").asString()).isEqualTo(TOWNSHIP);
	}

	@Test
	void theListIsScopedFilteredAndPaged() {
		LocalDate day = quietDay();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(api.post("demo-county", "/api/v1/arrivals",
					arrival(uniqueId(), uniqueName("列"), TOWNSHIP, "510100", day, train("G" + i))).json().path("id").asLong());
		}
		Reply page = api.get("demo-township", "/api/v1/arrivals?from=" + day + "&to=" + day + "&limit=2");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("items").size()).isEqualTo(2);
		String cursor = page.json().path("nextCursor").asString();
		Reply rest = api.get("demo-township", "/api/v1/arrivals?from=" + day + "&to=" + day + "&limit=50&cursor=" + cursor);
		List<Long> seen = new ArrayList<>();
		page.json().path("items").forEach(item -> seen.add(item.path("id").asLong()));
		rest.json().path("items").forEach(item -> seen.add(item.path("id").asLong()));
		assertThat(seen).containsAll(ids);
		page.json().path("items").forEach(item -> {
			if (ids.contains(item.path("id").asLong())) {
				assertThat(item.path("registeredByName").asString()).isEqualTo("县指挥部 李明");
			}
		});
		assertThat(api.get("demo-township", "/api/v1/arrivals?jurisdiction=" + OTHER_TOWNSHIP).status()).isEqualTo(404);
		assertThat(api.get("demo-county", "/api/v1/arrivals?from=2020-02-03&to=2020-02-01").status()).isEqualTo(400);
	}

	@Test
	void aFilterParameterThatDoesNotConvertIsRefusedNamingIt() {
		for (String parameter : List.of("from=2020-02-31", "to=yesterday", "risk=PURPLE", "limit=many")) {
			Reply refused = api.get("demo-county", "/api/v1/arrivals?" + parameter);
			String name = parameter.substring(0, parameter.indexOf('='));
			assertThat(refused.status()).as(parameter).isEqualTo(400);
			assertThat(refused.json().path("violations")).as(parameter).singleElement().satisfies(v -> {
				assertThat(v.path("field").asString()).isEqualTo(name);
				assertThat(v.path("rule").asString()).isEqualTo("type");
				assertThat(v.path("message").asString()).contains(name);
			});
		}
		assertThat(fields(api.get("demo-county", "/api/v1/arrivals/ledger.csv?from=soon"))).containsExactly("from");
		assertThat(fields(api.get("demo-county", "/api/v1/arrivals?cursor=next"))).containsExactly("cursor");
	}

	/** The grid of demo-grid: the first grid of the first village of 共乐镇. */
	private String gridOfDemoGrid() {
		return ArrivalTestSupport.areaOf(api, "demo-grid");
	}

	private static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		if (reply.json() != null) {
			reply.json().path("violations").forEach(v -> fields.add(v.path("field").asString()));
		}
		return fields;
	}
}
