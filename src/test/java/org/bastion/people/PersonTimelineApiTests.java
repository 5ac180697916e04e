package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.PageSession;
import org.bastion.isolation.IsolationSiteApiTests;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A person's timeline over HTTP: every module's entries about the person, newest first, and only those
 * recorded in the viewer's area.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonTimelineApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void anObservationAtASiteReadsNewestFirst() {
		LocalDate today = HealthFixtures.today();
		long personId = fx.person(HealthFixtures.TOWNSHIP);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", personId);
		body.put("kind", "SITE");
		body.put("reason", "CLOSE_CONTACT");
		body.put("startDate", today.minusDays(3).toString());
		Reply created = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(created.status()).isEqualTo(201);
		long order = created.json().path("id").asLong();

		Reply site = fx.post("demo-county", "/api/v1/isolation-sites", IsolationSiteApiTests.siteBody(HealthFixtures.TOWNSHIP));
		long siteId = site.json().path("id").asLong();
		long room = fx.post("demo-county", "/api/v1/isolation-sites/" + siteId + "/rooms", Map.of("number", "8", "beds", 1))
			.json()
			.path("id")
			.asLong();
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/" + siteId + "/stays",
				Map.of("observationId", order, "roomId", room)).status()).isEqualTo(201);

		assertThat(fx.check("demo-county", order, today.minusDays(2), "36.5").status()).isEqualTo(201);
		Reply fever = fx.check("demo-county", order, today.minusDays(1), "38.2", "COUGH");
		long alert = fever.json().path("alertId").asLong();
		assertThat(fx.post("demo-county", "/api/v1/alerts/" + alert + "/close",
				Map.of("action", "RECHECKED_NORMAL", "note", "复测36.6")).status()).isEqualTo(200);
		assertThat(fx.check("demo-county", order, today.minusDays(1), 2, "36.4").status()).isEqualTo(201);
		assertThat(fx.post("demo-county", "/api/v1/observations/" + order + "/release",
				Map.of("date", today.toString(), "reason", "转为居家观察")).status()).isEqualTo(200);
		// The stay ends when the isolation module hears of the release, after the release's commit.
		JsonNode timeline = await().atMost(Duration.ofSeconds(10))
			.until(() -> fx.get("demo-county", "/api/v1/people/" + personId + "/health-timeline").json(),
					answer -> types(answer).contains("STAY_OUT"));

		assertThat(timeline.path("personId").asLong()).isEqualTo(personId);
		List<String> types = types(timeline);
		assertThat(types).containsExactlyInAnyOrder("ORDER_RELEASED", "STAY_OUT", "READING", "ALERT_CLOSED", "STAY_IN",
				"ALERT_OPENED", "READING", "READING", "ORDER_STARTED");
		assertThat(types.get(0)).isEqualTo("ORDER_RELEASED");
		assertThat(types.get(1)).isEqualTo("STAY_OUT");
		assertThat(types.get(types.size() - 1)).isEqualTo("ORDER_STARTED");
		assertThat(types.indexOf("STAY_IN")).isLessThan(types.indexOf("ALERT_OPENED"));
		assertThat(types.indexOf("ALERT_CLOSED")).isLessThan(types.indexOf("ALERT_OPENED"));
		List<LocalDate> dates = new ArrayList<>();
		for (JsonNode entry : timeline.path("entries")) {
			dates.add(LocalDate.parse(entry.path("date").asString()));
		}
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		JsonNode feverEntry = null;
		for (JsonNode entry : timeline.path("entries")) {
			if (entry.path("type").asString().equals("READING") && entry.path("date").asString().equals(today.minusDays(1).toString())) {
				feverEntry = entry;
			}
		}
		assertThat(feverEntry.path("tone").asString()).isEqualTo("RED");
		assertThat(feverEntry.path("link").asString()).isEqualTo("/observations/" + order);
		assertThat(feverEntry.path("messageKey").asString()).isEqualTo("timeline.readingWithSymptoms");
	}

	@Test
	void arrivalsCasesAndCheckInsMeetInTimeOrderAndOnlyThoseInTheViewersArea() throws Exception {
		LocalDate today = HealthFixtures.today();
		String idNumber = freshIdNumber();
		String name = "线" + suffix();
		Reply registered = fx.post("demo-county", "/api/v1/people",
				Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", HealthFixtures.TOWNSHIP));
		assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
		long personId = registered.json().path("id").asLong();

		long elsewhereArrival = arrival(idNumber, name, HealthFixtures.OTHER_TOWNSHIP, today.minusDays(9));
		long arrival = arrival(idNumber, name, HealthFixtures.TOWNSHIP, today.minusDays(6));
		long indexPerson = fx.person(HealthFixtures.OTHER_TOWNSHIP);
		long indexCase = fx.post("demo-county", "/api/v1/cases", Map.of("personId", indexPerson, "status", "CONFIRMED"))
			.json()
			.path("id")
			.asLong();
		Reply contact = fx.post("demo-county", "/api/v1/cases/" + indexCase + "/contacts", Map.of("contacts",
				List.of(Map.of("name", name, "idNumber", idNumber, "relation", "同事", "lastExposureDate",
						today.minusDays(4).toString()))));
		assertThat(contact.status()).as(contact.json().toString()).isEqualTo(201);
		assertThat(contact.json().path("added").get(0).path("personId").asLong()).isEqualTo(personId);
		Reply suspected = fx.post("demo-county", "/api/v1/cases",
				Map.of("personId", personId, "status", "SUSPECTED", "clientId", UUID.randomUUID().toString()));
		assertThat(suspected.status()).as(suspected.json().toString()).isEqualTo(201);
		long caseId = suspected.json().path("id").asLong();
		assertThat(fx.post("demo-county", "/api/v1/cases/" + caseId + "/status",
				Map.of("status", "CONFIRMED", "date", today.toString())).status()).isEqualTo(200);
		long unit = checkIn(HealthFixtures.TOWNSHIP, personId, 36.5);
		long elsewhereUnit = checkIn(HealthFixtures.OTHER_TOWNSHIP, personId, 38.1);

		JsonNode township = fx.get("demo-township", "/api/v1/people/" + personId + "/health-timeline").json();
		assertThat(ofThisTest(township)).containsExactly("CHECK_IN", "CASE_CONFIRMED", "CASE_SUSPECTED", "ARRIVAL");
		assertThat(links(township)).contains("/checkins/" + unit, "/cases/" + caseId, "/arrivals/" + arrival)
			.doesNotContain("/checkins/" + elsewhereUnit, "/cases/" + indexCase, "/arrivals/" + elsewhereArrival);
		JsonNode arrivalEntry = entry(township, "ARRIVAL");
		assertThat(arrivalEntry.path("date").asString()).isEqualTo(today.minusDays(6).toString());
		assertThat(arrivalEntry.path("messageKey").asString()).isEqualTo("timeline.arrival");
		assertThat(arrivalEntry.path("arguments").get(0).asString()).as("the origin by its name").contains("成都");
		assertThat(entry(township, "CHECK_IN").path("tone").asString()).isEqualTo("GREEN");
		assertThat(entry(township, "CASE_CONFIRMED").path("tone").asString()).isEqualTo("RED");

		JsonNode county = fx.get("demo-county", "/api/v1/people/" + personId + "/health-timeline").json();
		assertThat(ofThisTest(county)).containsExactly("CHECK_IN", "CHECK_IN", "CASE_CONFIRMED", "CASE_SUSPECTED",
				"CLOSE_CONTACT", "ARRIVAL", "ARRIVAL");
		assertThat(entry(county, "CHECK_IN").path("link").asString()).isEqualTo("/checkins/" + elsewhereUnit);
		assertThat(entry(county, "CHECK_IN").path("tone").asString()).isEqualTo("RED");
		JsonNode contactEntry = entry(county, "CLOSE_CONTACT");
		assertThat(contactEntry.path("link").asString()).isEqualTo("/cases/" + indexCase);
		assertThat(contactEntry.path("arguments").get(1).asString()).isEqualTo(today.minusDays(4).toString());
		assertThat(links(county)).contains("/arrivals/" + elsewhereArrival);

		var page = PageSession.signIn(port, "demo-township").get("/people/" + personId + "/health");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-type=\"ARRIVAL\"", "返乡登记", "健康打卡", "病例状态：确诊", "体温 36.5 ℃")
			.doesNotContain("timeline.", "data-type=\"CLOSE_CONTACT\"", "38.1");
	}

	@Test
	void aRiskAreaDesignatedAfterAnArrivalShowsAsChangesOfItsLevel() throws Exception {
		LocalDate arrived = HealthFixtures.today().minusDays(20);
		Map<String, Object> body = new LinkedHashMap<>();
		// 乌鲁木齐: no other test designates it, and the area is ended again below, so a rerun starts clean.
		body.put("person", Map.of("idNumber", freshIdNumber(), "name", "险" + suffix(), "jurisdictionCode",
				HealthFixtures.TOWNSHIP));
		body.put("originCode", "650100");
		body.put("arrivalDate", arrived.toString());
		body.put("transport", Map.of("mode", "TRAIN", "number", "T" + ThreadLocalRandom.current().nextInt(100, 999)));
		Reply registered = fx.post("demo-county", "/api/v1/arrivals", body);
		assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
		long personId = registered.json().path("personId").asLong();
		String before = registered.json().path("riskLevel").asString();
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("divisionCode", "650100");
		area.put("level", "HIGH");
		area.put("from", arrived.minusDays(2).toString());
		area.put("to", null);
		Reply designated = fx.post("demo-county", "/api/v1/risk-areas", area);
		assertThat(designated.status()).as(designated.json().toString()).isEqualTo(201);
		assertThat(fx.post("demo-county", "/api/v1/risk-areas/" + designated.json().path("id").asLong() + "/end",
				Map.of("to", arrived.minusDays(1).toString())).status()).isEqualTo(200);

		JsonNode timeline = fx.get("demo-township", "/api/v1/people/" + personId + "/health-timeline").json();
		assertThat(types(timeline).stream().filter(type -> type.startsWith("ARRIVAL")))
			.containsExactly("ARRIVAL_RISK_CHANGED", "ARRIVAL_RISK_CHANGED", "ARRIVAL");
		JsonNode raised = timeline.path("entries").get(types(timeline).lastIndexOf("ARRIVAL_RISK_CHANGED"));
		assertThat(raised.path("tone").asString()).isEqualTo("RED");
		assertThat(raised.path("arguments").get(0).path("keys").get(0).asString()).isEqualTo("risk.level." + before);
		assertThat(raised.path("arguments").get(1).path("keys").get(0).asString()).isEqualTo("risk.level.HIGH");
		assertThat(raised.path("link").asString()).isEqualTo("/arrivals/" + registered.json().path("id").asLong());
		assertThat(PageSession.signIn(port, "demo-township").get("/people/" + personId + "/health").body())
			.contains("风险调整", "高风险", "新增风险地区")
			.doesNotContain("timeline.");
	}

	@Test
	void anotherTownshipsPersonIsNotFound() {
		long elsewhere = fx.person(HealthFixtures.OTHER_TOWNSHIP);
		fx.order("demo-county", elsewhere, 1, null, null);
		assertThat(fx.get("demo-township", "/api/v1/people/" + elsewhere + "/health-timeline").status()).isEqualTo(404);
		Reply county = fx.get("demo-county", "/api/v1/people/" + elsewhere + "/health-timeline");
		assertThat(county.status()).isEqualTo(200);
		assertThat(types(county.json())).containsExactly("ORDER_STARTED");
		assertThat(fx.get("demo-county", "/api/v1/people/987654321/health-timeline").status()).isEqualTo(404);
	}

	/** An arrival of the person from Chengdu, registered by the county in {@code place}. */
	private long arrival(String idNumber, String name, String place, LocalDate date) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", place));
		body.put("originCode", "510100");
		body.put("arrivalDate", date.toString());
		body.put("transport", Map.of("mode", "TRAIN", "number", "K" + ThreadLocalRandom.current().nextInt(1000, 9999)));
		Reply reply = fx.post("demo-county", "/api/v1/arrivals", body);
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

	/** A unit of {@code place} with the person as its member, who checks in once; returns the unit. */
	private long checkIn(String place, long personId, double temperature) {
		Reply unit = fx.post("demo-county", "/api/v1/checkin-units",
				Map.of("name", "值守队" + suffix(), "jurisdictionCode", place, "checksPerDay", 3));
		assertThat(unit.status()).as(unit.json().toString()).isEqualTo(201);
		long id = unit.json().path("id").asLong();
		assertThat(fx.post("demo-county", "/api/v1/checkin-units/" + id + "/members", Map.of("personId", personId))
			.status()).isEqualTo(200);
		Reply checkedIn = fx.post("demo-county", "/api/v1/checkin-units/" + id + "/checkins", Map.of("personId", personId,
				"temperature", temperature, "symptoms", List.of(), "clientId", UUID.randomUUID().toString()));
		assertThat(checkedIn.status()).as(checkedIn.json().toString()).isEqualTo(201);
		return id;
	}

	/** The kinds this test records, leaving out the proposals an arrival may bring. */
	private static List<String> ofThisTest(JsonNode timeline) {
		return types(timeline).stream()
			.filter(type -> List.of("ARRIVAL", "CLOSE_CONTACT", "CHECK_IN").contains(type) || type.startsWith("CASE_"))
			.toList();
	}

	/** The newest entry of a kind. */
	private static JsonNode entry(JsonNode timeline, String type) {
		for (JsonNode entry : timeline.path("entries")) {
			if (entry.path("type").asString().equals(type)) {
				return entry;
			}
		}
		throw new AssertionError("no " + type + " in " + timeline);
	}

	private static List<String> links(JsonNode timeline) {
		List<String> links = new ArrayList<>();
		timeline.path("entries").forEach(entry -> links.add(entry.path("link").asString()));
		return links;
	}

	static List<String> types(JsonNode timeline) {
		List<String> types = new ArrayList<>();
		timeline.path("entries").forEach(entry -> types.add(entry.path("type").asString()));
		return types;
	}

	private static String freshIdNumber() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		return IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
