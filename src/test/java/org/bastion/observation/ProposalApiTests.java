package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Observation proposed from arrivals, over HTTP. Each test designates an origin that no other test uses
 * (拉萨, 西宁, 银川) for the days it needs, so its designations re-assess no one else's arrivals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aHighRiskArrivalIsProposedForASiteAndOneClickStartsTheOrder() throws Exception {
		LocalDate arrived = HealthFixtures.today().minusDays(2);
		designate("540100", "HIGH", arrived, arrived);
		String grid = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		JsonNode arrival = arrive("540102", arrived, grid);
		assertThat(arrival.path("recommendedMeasure").asString()).isEqualTo("CENTRAL_ISOLATION");
		long personId = arrival.path("personId").asLong();

		JsonNode proposal = awaitProposal("demo-township", personId);
		assertThat(proposal.path("kind").asString()).isEqualTo("SITE");
		assertThat(proposal.path("startDate").asString()).isEqualTo(arrived.toString());
		assertThat(proposal.path("riskLevel").asString()).isEqualTo("HIGH");
		assertThat(proposal.path("arrivalId").asLong()).isEqualTo(arrival.path("id").asLong());
		assertThat(proposal.path("jurisdictionCode").asString()).isEqualTo(grid);
		long id = proposal.path("id").asLong();
		assertThat(findProposal(HealthFixtures.OTHER_TOWNSHIP, "demo-county", personId)).isNull();

		Reply accepted = fx.post("demo-township", "/api/v1/observation-proposals/" + id + "/accept", Map.of());
		assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
		assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.json().path("decidedBy").asString()).isEqualTo("demo-township");
		assertThat(accepted.json().path("decidedByName").asString()).isEqualTo("共乐镇 王芳");
		long orderId = accepted.json().path("observationId").asLong();
		JsonNode order = fx.get("demo-township", "/api/v1/observations/" + orderId).json();
		assertThat(order.path("kind").asString()).isEqualTo("SITE");
		assertThat(order.path("reason").asString()).isEqualTo("ARRIVAL_FROM_RISK_AREA");
		assertThat(order.path("startDate").asString()).isEqualTo(arrived.toString());
		assertThat(order.path("endDate").asString()).isEqualTo(arrived.plusDays(14).toString());
		assertThat(order.path("personId").asLong()).isEqualTo(personId);
		// demo-township is no monitor: the order goes to whoever answers for the person's grid.
		assertThat(order.path("monitorUsername").asString()).isEqualTo("demo-grid");

		Reply again = fx.post("demo-township", "/api/v1/observation-proposals/" + id + "/accept", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(findProposal(null, "demo-township", personId)).isNull();

		JsonNode timeline = fx.get("demo-township", "/api/v1/people/" + personId + "/health-timeline").json();
		List<String> types = types(timeline);
		assertThat(types).contains("PROPOSED", "PROPOSAL_ACCEPTED", "ORDER_STARTED");
	}

	@Test
	void aMediumRiskArrivalIsProposedForHomeAndDismissingNeedsAReason() throws Exception {
		LocalDate arrived = HealthFixtures.today().minusDays(4);
		designate("630100", "MEDIUM", arrived, arrived);
		JsonNode arrival = arrive("630102", arrived, HealthFixtures.TOWNSHIP);
		long personId = arrival.path("personId").asLong();
		JsonNode proposal = awaitProposal("demo-county", personId);
		assertThat(proposal.path("kind").asString()).isEqualTo("HOME");
		long id = proposal.path("id").asLong();

		assertThat(fx.post("demo-leader", "/api/v1/observation-proposals/" + id + "/dismiss",
				Map.of("reason", "已离开本县")).status()).isEqualTo(403);
		Reply noReason = fx.post("demo-county", "/api/v1/observation-proposals/" + id + "/dismiss", Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().path("violations").get(0).path("field").asString()).isEqualTo("reason");

		Reply dismissed = fx.post("demo-county", "/api/v1/observation-proposals/" + id + "/dismiss",
				Map.of("reason", "已离开本县"));
		assertThat(dismissed.status()).isEqualTo(200);
		assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
		assertThat(dismissed.json().path("dismissReason").asString()).isEqualTo("已离开本县");
		assertThat(dismissed.json().path("decidedByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(fx.post("demo-county", "/api/v1/observation-proposals/" + id + "/accept", Map.of()).status())
			.isEqualTo(409);
		assertThat(findProposal(null, "demo-county", personId)).isNull();
	}

	@Test
	void anotherTownshipsUserNeitherSeesNorDecidesTheProposal() throws Exception {
		LocalDate arrived = HealthFixtures.today().minusDays(6);
		designate("540100", "HIGH", arrived, arrived);
		long personId = arrive("540102", arrived, HealthFixtures.OTHER_TOWNSHIP).path("personId").asLong();
		long id = awaitProposal("demo-county", personId).path("id").asLong();
		assertThat(findProposal(null, "demo-township", personId)).isNull();
		assertThat(fx.post("demo-township", "/api/v1/observation-proposals/" + id + "/accept", Map.of()).status())
			.isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/observation-proposals/" + id + "/dismiss",
				Map.of("reason", "不是本镇")).status()).isEqualTo(404);
	}

	@Test
	void designatingTheOriginAfterwardsProposesAndAnOrderMadeByHandSupersedesTheProposal() throws Exception {
		LocalDate arrived = HealthFixtures.today().minusDays(3);
		JsonNode arrival = arrive("640104", arrived, HealthFixtures.TOWNSHIP);
		long personId = arrival.path("personId").asLong();
		assertThat(arrival.path("recommendedMeasure").asString()).isNotIn("CENTRAL_ISOLATION", "HOME_OBSERVATION");

		designate("640100", "HIGH", arrived, arrived);
		JsonNode proposal = awaitProposal("demo-county", personId);
		assertThat(proposal.path("kind").asString()).isEqualTo("SITE");
		assertThat(proposal.path("startDate").asString()).isEqualTo(arrived.toString());

		JsonNode order = fx.order("demo-county", personId, 3, null, null);
		// The order's event supersedes the proposal after the order's commit, on another thread.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(findProposal(null, "demo-county", personId)).isNull());
		JsonNode timeline = fx.get("demo-county", "/api/v1/people/" + personId + "/health-timeline").json();
		assertThat(types(timeline)).contains("PROPOSAL_SUPERSEDED");
		assertThat(order.path("id").asLong()).isPositive();
	}

	private void designate(String division, String level, LocalDate from, LocalDate to) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("divisionCode", division);
		body.put("level", level);
		body.put("from", from.toString());
		body.put("to", to.toString());
		Reply reply = fx.post("demo-county", "/api/v1/risk-areas", body);
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
	}

	@Test
	void aFeverishArrivalFromNoRiskAreaIsObservedForItsFeverNotForARiskArea() throws Exception {
		LocalDate arrived = HealthFixtures.today().minusDays(1);
		String grid = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		JsonNode arrival = arrive("330106", arrived, grid, 38.2);
		assertThat(arrival.path("riskLevel").asString()).isIn("NONE", "LOW");
		assertThat(arrival.path("recommendedMeasure").asString()).isEqualTo("HOME_OBSERVATION");

		JsonNode proposal = awaitProposal("demo-township", arrival.path("personId").asLong());
		Reply accepted = fx.post("demo-township", "/api/v1/observation-proposals/" + proposal.path("id").asLong()
				+ "/accept", Map.of());
		assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
		JsonNode order = fx.get("demo-township", "/api/v1/observations/" + accepted.json().path("observationId").asLong())
			.json();
		assertThat(order.path("reason").asString()).isEqualTo("FEVER");
	}

	private JsonNode arrive(String origin, LocalDate date, String place) {
		return arrive(origin, date, place, 36.5);
	}

	private JsonNode arrive(String origin, LocalDate date, String place, double temperature) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value());
		person.put("name", "议" + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36));
		person.put("jurisdictionCode", place);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", person);
		body.put("originCode", origin);
		body.put("departureDate", date.minusDays(1).toString());
		body.put("arrivalDate", date.toString());
		body.put("transport", Map.of("mode", "TRAIN", "number", "Z" + ThreadLocalRandom.current().nextInt(1, 9999)));
		body.put("temperature", temperature);
		Reply reply = fx.post("demo-county", "/api/v1/arrivals", body);
		if (reply.status() == 409) {
			return arrive(origin, date, place, temperature);
		}
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json();
	}

	/** The proposal is made after the arrival's commit, on another thread. */
	private JsonNode awaitProposal(String username, long personId) {
		return await("an open proposal for person " + personId).atMost(Duration.ofSeconds(30))
			.until(() -> findProposal(null, username, personId), Objects::nonNull);
	}

	private JsonNode findProposal(String jurisdiction, String username, long personId) {
		String cursor = null;
		do {
			String path = "/api/v1/observation-proposals?limit=100" + (jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction)
					+ (cursor == null ? "" : "&cursor=" + cursor);
			JsonNode page = fx.get(username, path).json();
			for (JsonNode item : page.path("items")) {
				if (item.path("personId").asLong() == personId) {
					return item;
				}
			}
			cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode() ? null
					: page.path("nextCursor").asString();
		}
		while (cursor != null);
		return null;
	}

	static List<String> types(JsonNode timeline) {
		List<String> types = new java.util.ArrayList<>();
		for (JsonNode entry : timeline.path("entries")) {
			types.add(entry.path("type").asString());
		}
		return types;
	}
}
