package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Observation orders, checks, alerts and release over HTTP against the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void anOrderEndsAfterItsPeriodWithSlotsMadeUpFrontAndIsMadeOncePerClientId() {
		long person = fx.person(HealthFixtures.TOWNSHIP);
		LocalDate start = HealthFixtures.today().minusDays(2);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", person);
		body.put("kind", "HOME");
		body.put("reason", "CLOSE_CONTACT");
		body.put("startDate", start.toString());
		body.put("clientId", UUID.randomUUID().toString());
		Reply created = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(created.status()).isEqualTo(201);
		JsonNode order = created.json();
		assertThat(order.path("endDate").asString()).isEqualTo(start.plusDays(14).toString());
		assertThat(order.path("periodDays").asInt()).isEqualTo(14);
		assertThat(order.path("status").asString()).isEqualTo("OPEN");
		assertThat(order.path("jurisdictionCode").asString()).isEqualTo(HealthFixtures.TOWNSHIP);
		assertThat(order.path("selfReportToken").asString()).startsWith(order.path("id").asLong() + "-");
		assertThat(order.path("createdBy").asString()).isEqualTo("demo-county");
		assertThat(order.path("createdByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(order.path("releasedByName").isNull()).isTrue();

		Reply again = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id").asLong()).isEqualTo(order.path("id").asLong());
		assertThat(again.json().path("replayed").asBoolean()).isTrue();

		body.put("clientId", UUID.randomUUID().toString());
		Reply second = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().path("existing").path("id").asLong()).isEqualTo(order.path("id").asLong());

		JsonNode slots = fx.get("demo-county", "/api/v1/observations/" + order.path("id").asLong() + "/checks").json().path("items");
		assertThat(slots.size()).isEqualTo(28);
		assertThat(slots.get(0).path("date").asString()).isEqualTo(start.toString());
		assertThat(slots.get(0).path("window").asString()).isEqualTo("08:00-12:00");
		assertThat(slots.get(1).path("slot").asInt()).isEqualTo(2);
		assertThat(slots.get(27).path("date").asString()).isEqualTo(start.plusDays(13).toString());
		assertThat(slots.get(0).path("state").asString()).isEqualTo("MISSED");

		Reply extended = fx.post("demo-county", "/api/v1/observations/" + order.path("id").asLong() + "/extend",
				Map.of("days", 7, "reason", "密接者复查"));
		assertThat(extended.status()).isEqualTo(200);
		assertThat(extended.json().path("endDate").asString()).isEqualTo(start.plusDays(21).toString());
		assertThat(fx.get("demo-county", "/api/v1/observations/" + order.path("id").asLong() + "/checks").json().path("items")
			.size()).isEqualTo(42);
		assertThat(fx.post("demo-county", "/api/v1/observations/" + order.path("id").asLong() + "/extend",
				Map.of("days", 7)).status()).isEqualTo(400);
	}

	@Test
	void badOrdersAreRefusedByField() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "HOME");
		body.put("startDate", HealthFixtures.today().toString());
		body.put("reason", "OTHER");
		body.put("periodDays", 0);
		Reply refused = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("personId", "periodDays");

		body.put("personId", fx.person(HealthFixtures.TOWNSHIP));
		body.put("periodDays", 14);
		body.put("monitorUserId", fx.userId("demo-county"));
		Reply wrongMonitor = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(wrongMonitor.status()).isEqualTo(400);
		assertThat(fields(wrongMonitor)).containsExactly("monitorUserId");

		body.put("monitorUserId", 987_654_321L);
		assertThat(fields(fx.post("demo-county", "/api/v1/observations", body))).containsExactly("monitorUserId");

		body.put("personId", fx.person(HealthFixtures.OTHER_TOWNSHIP));
		body.remove("monitorUserId");
		assertThat(fx.post("demo-township", "/api/v1/observations", body).status()).isEqualTo(404);
		assertThat(fx.post("demo-leader", "/api/v1/observations", body).status()).isEqualTo(403);
	}

	@Test
	void checksAreValidatedAndAClientIdIsStoredOnce() {
		long id = fx.order("demo-county", HealthFixtures.TOWNSHIP, 3, null).path("id").asLong();
		String path = "/api/v1/observations/" + id + "/checks";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", UUID.randomUUID().toString());
		body.put("date", HealthFixtures.today().minusDays(1).toString());
		body.put("slot", 1);
		body.put("temperature", 36.5);
		body.put("symptoms", List.of());
		Reply first = fx.post("demo-county", path, body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("reading").path("temperature").asDouble()).isEqualTo(36.5);
		assertThat(first.json().path("replayed").asBoolean()).isFalse();
		assertThat(first.json().path("reading").path("recordedBy").asString()).isEqualTo("demo-county");
		assertThat(first.json().path("reading").path("recordedByName").asString()).isEqualTo("县指挥部 李明");
		Reply again = fx.post("demo-county", path, body);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("reading").path("id").asLong()).isEqualTo(first.json().path("reading").path("id").asLong());
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		assertThat(again.json().path("reading").path("recordedByName").asString()).isEqualTo("县指挥部 李明");
		JsonNode slots = fx.get("demo-county", path).json().path("items");
		int readings = 0;
		for (JsonNode slot : slots) {
			readings += slot.path("readings").size();
			for (JsonNode reading : slot.path("readings")) {
				assertThat(reading.path("recordedByName").asString()).isEqualTo("县指挥部 李明");
			}
		}
		assertThat(readings).isEqualTo(1);

		Reply cold = fx.check("demo-county", id, HealthFixtures.today().minusDays(2), "34.9");
		assertThat(cold.status()).isEqualTo(400);
		assertThat(fields(cold)).containsExactly("temperature");
		assertThat(fields(fx.check("demo-county", id, HealthFixtures.today().minusDays(2), "42.1"))).containsExactly("temperature");
		assertThat(fields(fx.check("demo-county", id, HealthFixtures.today().plusDays(1), "36.6"))).containsExactly("date");
		assertThat(fields(fx.check("demo-county", id, HealthFixtures.today().minusDays(4), "36.6"))).containsExactly("date");
		assertThat(fields(fx.check("demo-county", id, HealthFixtures.today().minusDays(2), "36.6", "SNEEZING"))).containsExactly("symptoms");
		assertThat(fx.check("demo-leader", id, HealthFixtures.today().minusDays(2), "36.6").status()).isEqualTo(403);
		assertThat(fx.check("demo-county", 987_654_321L, HealthFixtures.today().minusDays(2), "36.6").status()).isEqualTo(404);

		// The slot is placed beside the other rules: a filled one and a time in no window are refused naming it.
		Reply twice = fx.check("demo-county", id, HealthFixtures.today().minusDays(1), 1, "50");
		assertThat(twice.json().path("violations")).extracting(v -> v.path("field").asString() + "." + v.path("rule").asString())
			.containsExactly("temperature.range", "slot.filled");
		body.put("clientId", UUID.randomUUID().toString());
		body.put("date", HealthFixtures.today().minusDays(2).toString());
		body.remove("slot");
		body.put("time", "02:37");
		Reply atNight = fx.post("demo-county", path, body);
		assertThat(atNight.status()).isEqualTo(400);
		assertThat(atNight.json().path("violations")).extracting(v -> v.path("field").asString() + "." + v.path("rule").asString())
			.containsExactly("slot.closed");
		body.remove("time");
		assertThat(fields(fx.post("demo-county", path, body))).as("an earlier day with neither slot nor time")
			.containsExactly("slot");
		body.put("slot", 2);
		Reply late = fx.post("demo-county", path, body);
		assertThat(late.status()).as("two days ago is too late to pick a missed slot").isEqualTo(400);
		body.put("date", HealthFixtures.today().minusDays(1).toString());
		late = fx.post("demo-county", path, body);
		assertThat(late.status()).as(late.json().toString()).isEqualTo(201);
		assertThat(late.json().path("late").asBoolean()).as("yesterday's missed slot, picked: 补录").isTrue();
		assertThat(late.json().path("reading").path("slot").asInt()).isEqualTo(2);
	}

	@Test
	void aBatchStoresTheGoodChecksAndAnswersEachOne() {
		long id = fx.order("demo-county", HealthFixtures.TOWNSHIP, 2, null).path("id").asLong();
		String good = UUID.randomUUID().toString();
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(item(id, good, HealthFixtures.today().minusDays(2), 36.4));
		items.add(item(id, UUID.randomUUID().toString(), HealthFixtures.today().minusDays(1), 50.0));
		items.add(item(987_654_321L, UUID.randomUUID().toString(), HealthFixtures.today(), 36.4));
		items.add(item(id, UUID.randomUUID().toString(), HealthFixtures.today().minusDays(1), 36.8));
		Reply answer = fx.post("demo-county", "/api/v1/observations/checks:batch", Map.of("items", items));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode outcomes = answer.json().path("items");
		assertThat(outcomes.get(0).path("status").asInt()).isEqualTo(201);
		assertThat(outcomes.get(1).path("status").asInt()).isEqualTo(400);
		assertThat(outcomes.get(1).path("violations").get(0).path("field").asString()).isEqualTo("temperature");
		assertThat(outcomes.get(1).path("violations").get(0).path("message").asString()).isNotBlank();
		assertThat(outcomes.get(2).path("status").asInt()).isEqualTo(404);
		assertThat(outcomes.get(3).path("status").asInt()).isEqualTo(201);
		assertThat(answer.json().path("stored").asInt()).isEqualTo(2);
		assertThat(answer.json().path("refused").asInt()).isEqualTo(2);

		Reply resent = fx.post("demo-county", "/api/v1/observations/checks:batch", Map.of("items", List.of(items.get(0))));
		assertThat(resent.json().path("items").get(0).path("status").asInt()).isEqualTo(200);
		assertThat(resent.json().path("replayed").asInt()).isEqualTo(1);
		assertThat(resent.json().path("items").get(0).path("recorded").path("reading").path("id").asLong())
			.isEqualTo(outcomes.get(0).path("recorded").path("reading").path("id").asLong());
	}

	@Test
	void aBatchOverSeveralOrdersPutsEveryReadingInItsOwnSlotAndOrder() {
		long a = fx.order("demo-county", HealthFixtures.TOWNSHIP, 2, null).path("id").asLong();
		long b = fx.order("demo-county", HealthFixtures.TOWNSHIP, 2, null).path("id").asLong();
		LocalDate twoDaysAgo = HealthFixtures.today().minusDays(2);
		String repeated = UUID.randomUUID().toString();
		List<Map<String, Object>> items = new ArrayList<>();
		LocalDate yesterday = HealthFixtures.today().minusDays(1);
		items.add(item(a, repeated, twoDaysAgo, 36.1));
		items.add(item(a, UUID.randomUUID().toString(), twoDaysAgo, 36.2));
		items.get(1).put("time", "15:45");
		items.add(item(b, UUID.randomUUID().toString(), twoDaysAgo, 36.3));
		items.get(2).put("slot", 2);
		items.get(2).put("time", "14:30");
		items.add(item(a, repeated, twoDaysAgo, 36.1));
		items.add(item(b, UUID.randomUUID().toString(), yesterday, 38.5));
		items.add(item(b, UUID.randomUUID().toString(), yesterday, 38.6));
		items.get(5).put("time", "14:10");
		items.add(item(a, UUID.randomUUID().toString(), twoDaysAgo, 36.7));

		JsonNode outcomes = fx.post("demo-county", "/api/v1/observations/checks:batch", Map.of("items", items))
			.json()
			.path("items");

		assertThat(outcomes).extracting(o -> o.path("status").asInt()).containsExactly(201, 201, 201, 200, 201, 201, 400);
		JsonNode first = outcomes.get(0).path("recorded").path("reading");
		assertThat(first.path("slot").asInt()).as("taken at 08:30: the morning slot").isEqualTo(1);
		assertThat(outcomes.get(1).path("recorded").path("reading").path("slot").asInt()).as("taken at 15:45").isEqualTo(2);
		assertThat(outcomes.get(6).path("violations")).as("the morning slot the first item filled")
			.extracting(v -> v.path("field").asString() + "." + v.path("rule").asString())
			.containsExactly("slot.filled");
		assertThat(outcomes.get(3).path("recorded").path("reading").path("id").asLong())
			.as("the same client id twice in one batch is one reading").isEqualTo(first.path("id").asLong());
		long alert = outcomes.get(4).path("recorded").path("alertId").asLong();
		assertThat(alert).isPositive();
		assertThat(outcomes.get(5).path("recorded").path("alertId").asLong()).as("one open alert per order").isEqualTo(alert);

		Map<Long, String> stored = new LinkedHashMap<>();
		for (long order : List.of(a, b)) {
			for (JsonNode slot : fx.get("demo-county", "/api/v1/observations/" + order + "/checks").json().path("items")) {
				for (JsonNode reading : slot.path("readings")) {
					stored.put(reading.path("id").asLong(), order + "/" + slot.path("date").asString() + "/"
							+ slot.path("slot").asInt() + "/" + reading.path("temperature").asString());
				}
			}
		}
		for (int i : List.of(0, 1, 2, 4, 5)) {
			JsonNode reading = outcomes.get(i).path("recorded").path("reading");
			assertThat(stored.get(reading.path("id").asLong())).as("reading of item " + i)
				.isEqualTo(items.get(i).get("observationId") + "/" + reading.path("date").asString() + "/"
						+ reading.path("slot").asInt() + "/" + items.get(i).get("temperature"));
		}
		assertThat(stored).hasSize(5);
		JsonNode orderB = fx.get("demo-county", "/api/v1/observations/" + b).json();
		assertThat(orderB.path("lastReadingDate").asString()).isEqualTo(yesterday.toString());
		assertThat(orderB.path("lastTemperature").asString()).isEqualTo("38.6");
		assertThat(orderB.path("lastReadingAbnormal").asBoolean()).isTrue();
	}

	@Test
	void aFeverOpensAnAlertForTheTownshipAndNotForAnotherUntilClosedWithANote() {
		long id = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null).path("id").asLong();
		Reply fever = fx.check("demo-township", id, HealthFixtures.today().minusDays(1), "38.2", "COUGH");
		assertThat(fever.status()).isEqualTo(201);
		long alertId = fever.json().path("alertId").asLong();
		assertThat(alertId).isPositive();
		assertThat(fever.json().path("reading").path("abnormal").asBoolean()).isTrue();

		JsonNode open = fx.get("demo-township", "/api/v1/alerts?status=OPEN&jurisdiction=" + HealthFixtures.TOWNSHIP).json();
		JsonNode alert = find(open.path("items"), alertId);
		assertThat(alert).isNotNull();
		assertThat(alert.path("kind").asString()).isEqualTo("FEVER");
		assertThat(alert.path("personId").asLong()).isEqualTo(fx.get("demo-county", "/api/v1/observations/" + id).json().path("personId").asLong());
		assertThat(alert.path("temperature").asDouble()).isEqualTo(38.2);
		assertThat(alert.path("openedAt").asString()).isNotBlank();
		assertThat(alert.path("closedByName").isNull()).isTrue();

		String other = otherTownshipUser();
		assertThat(find(fx.get(other, "/api/v1/alerts?status=OPEN").json().path("items"), alertId)).isNull();
		assertThat(fx.post(other, "/api/v1/alerts/" + alertId + "/close", Map.of("action", "OTHER", "note", "x")).status())
			.isEqualTo(404);
		assertThat(find(fx.get("demo-county", "/api/v1/alerts?status=OPEN&jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP)
			.json().path("items"), alertId)).isNull();

		// A second fever before anyone acted joins the open alert.
		Reply secondFever = fx.check("demo-township", id, HealthFixtures.today().minusDays(1), 2, "38.6");
		assertThat(secondFever.json().path("alertId").asLong()).isEqualTo(alertId);

		Reply noNote = fx.post("demo-township", "/api/v1/alerts/" + alertId + "/close", Map.of("action", "REFERRED_TO_FEVER_CLINIC", "note", " "));
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(fields(noNote)).containsExactly("note");
		Reply closed = fx.post("demo-township", "/api/v1/alerts/" + alertId + "/close",
				Map.of("action", "REFERRED_TO_FEVER_CLINIC", "note", "已由村医陪同到县医院发热门诊"));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("closedBy").asString()).isEqualTo("demo-township");
		assertThat(closed.json().path("closedByName").asString()).isEqualTo("共乐镇 王芳");
		JsonNode closedOnes = fx
			.get("demo-township", "/api/v1/alerts?status=CLOSED&jurisdiction=" + HealthFixtures.TOWNSHIP)
			.json();
		assertThat(find(closedOnes.path("items"), alertId).path("closedByName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(find(fx.get("demo-township", "/api/v1/alerts?status=OPEN").json().path("items"), alertId)).isNull();
		assertThat(fx.post("demo-township", "/api/v1/alerts/" + alertId + "/close",
				Map.of("action", "OTHER", "note", "again")).status()).isEqualTo(409);
	}

	@Test
	void onDayFifteenTheOrderIsDueAndReleasedWithANumberedNotice() {
		JsonNode order = fx.order("demo-county", HealthFixtures.TOWNSHIP, 14, null);
		long id = order.path("id").asLong();
		assertThat(order.path("endDate").asString()).isEqualTo(HealthFixtures.today().toString());
		JsonNode due = fx.get("demo-township", "/api/v1/observations/due-for-release?date=" + HealthFixtures.today()).json();
		assertThat(ids(due)).contains(id);

		Reply noCheck = fx.post("demo-township", "/api/v1/observations/" + id + "/release",
				Map.of("date", HealthFixtures.today().toString()));
		assertThat(noCheck.status()).isEqualTo(400);
		assertThat(fields(noCheck)).containsExactly("lastCheck");

		assertThat(fx.check("demo-township", id, HealthFixtures.today().minusDays(1), "38.0").status()).isEqualTo(201);
		assertThat(fields(fx.post("demo-township", "/api/v1/observations/" + id + "/release",
				Map.of("date", HealthFixtures.today().toString())))).containsExactly("lastCheck");
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("date", HealthFixtures.today().minusDays(1).toString());
		second.put("slot", 2);
		second.put("temperature", 36.6);
		assertThat(fx.post("demo-township", "/api/v1/observations/" + id + "/checks", second).status()).isEqualTo(201);

		Reply released = fx.post("demo-township", "/api/v1/observations/" + id + "/release",
				Map.of("date", HealthFixtures.today().toString()));
		assertThat(released.status()).as(released.json().toString()).isEqualTo(200);
		assertThat(released.json().path("status").asString()).isEqualTo("RELEASED");
		assertThat(released.json().path("releasedBy").asString()).isEqualTo("demo-township");
		assertThat(released.json().path("releasedByName").asString()).isEqualTo("共乐镇 王芳");
		String number = released.json().path("noticeNumber").asString();
		assertThat(number).matches("XW-" + HealthFixtures.today().getYear() + "-\\d{6}");
		assertThat(ids(fx.get("demo-township", "/api/v1/observations/due-for-release").json())).doesNotContain(id);

		JsonNode notice = fx.get("demo-township", "/api/v1/observations/" + id + "/notice").json();
		assertThat(notice.path("number").asString()).isEqualTo(number);
		assertThat(notice.path("maskedIdNumber").asString()).contains("****");
		assertThat(notice.path("issuer").asString()).isEqualTo("兴文县共乐镇");

		assertThat(fx.check("demo-township", id, HealthFixtures.today().minusDays(1), "36.5").status()).isEqualTo(409);
		assertThat(fx.post("demo-township", "/api/v1/observations/" + id + "/release",
				Map.of("date", HealthFixtures.today().toString())).status()).isEqualTo(409);

		JsonNode another = fx.order("demo-county", HealthFixtures.TOWNSHIP, 14, null);
		fx.check("demo-county", another.path("id").asLong(), HealthFixtures.today().minusDays(1), "36.4");
		String next = fx.post("demo-county", "/api/v1/observations/" + another.path("id").asLong() + "/release",
				Map.of("date", HealthFixtures.today().toString())).json().path("noticeNumber").asString();
		assertThat(next).isNotEqualTo(number);
	}

	@Test
	void onlyHqOrMedicalStaffEndAnOrderEarlyAndWithAReason() {
		long id = fx.order("demo-county", HealthFixtures.TOWNSHIP, 3, null).path("id").asLong();
		fx.check("demo-county", id, HealthFixtures.today().minusDays(1), "36.5");
		String path = "/api/v1/observations/" + id + "/release";
		assertThat(fx.post("demo-township", path, Map.of("date", HealthFixtures.today().toString(), "reason", "转院"))
			.status()).isEqualTo(403);
		assertThat(fields(fx.post("demo-county", path, Map.of("date", HealthFixtures.today().toString()))))
			.containsExactly("reason");
		Reply early = fx.post("demo-county", path, Map.of("date", HealthFixtures.today().toString(), "reason", "核酸检测阴性，按指挥部通知提前解除"));
		assertThat(early.status()).isEqualTo(200);
		assertThat(early.json().path("releasedEarly").asBoolean()).isTrue();
	}

	@Test
	void missedSlotsAreListedPerAreaAndForTheMonitor() {
		long grid = fx.userId("demo-grid");
		String gridCode = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		long person = fx.person(gridCode);
		long id = fx.order("demo-county", person, 3, null, grid).path("id").asLong();
		LocalDate yesterday = HealthFixtures.today().minusDays(1);
		JsonNode missed = fx.get("demo-township", "/api/v1/observations/missed?date=" + yesterday + "&jurisdiction="
				+ HealthFixtures.TOWNSHIP).json();
		assertThat(slotsOf(missed, id)).containsExactly(1, 2);
		JsonNode mineMissed = fx.get("demo-grid", "/api/v1/observations/missed?mine=true&date=" + yesterday).json();
		assertThat(slotsOf(mineMissed, id)).containsExactly(1, 2);
		mineMissed.forEach(m -> {
			if (m.path("observationId").asLong() == id) {
				assertThat(m.path("monitorName").asString()).isEqualTo("网格员 刘洋");
			}
		});

		Map<String, Object> check = new LinkedHashMap<>();
		check.put("date", yesterday.toString());
		check.put("slot", 1);
		check.put("temperature", 36.3);
		assertThat(fx.post("demo-grid", "/api/v1/observations/" + id + "/checks", check).status()).isEqualTo(201);
		assertThat(slotsOf(fx.get("demo-township", "/api/v1/observations/missed?date=" + yesterday).json(), id))
			.containsExactly(2);
		assertThat(slotsOf(fx.get("demo-county", "/api/v1/observations/missed?date=" + yesterday + "&jurisdiction="
				+ HealthFixtures.OTHER_TOWNSHIP).json(), id)).isEmpty();

		JsonNode mine = fx.get("demo-grid", "/api/v1/observations/mine").json().path("items");
		JsonNode item = null;
		for (JsonNode candidate : mine) {
			if (candidate.path("observation").path("id").asLong() == id) {
				item = candidate;
			}
		}
		assertThat(item).isNotNull();
		assertThat(item.path("slots").size()).isEqualTo(2);
		assertThat(item.path("dueForRelease").asBoolean()).isFalse();
		assertThat(item.path("observation").path("monitorUsername").asString()).isEqualTo("demo-grid");
		assertThat(item.path("observation").path("monitorName").asString()).isEqualTo("网格员 刘洋");
	}

	@Test
	void hqChangesTheProfileOfNewOrders() {
		Reply current = fx.get("demo-township", "/api/v1/observation-settings");
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.json().path("checksPerDay").asInt()).isEqualTo(2);
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("periodDays", 14);
		change.put("checksPerDay", 2);
		change.put("windows", List.of("08:00-12:00", "14:00-18:00"));
		assertThat(fx.put("demo-township", "/api/v1/observation-settings", change).status()).isEqualTo(403);
		assertThat(fx.put("demo-county", "/api/v1/observation-settings", change).status()).isEqualTo(200);
		change.put("windows", List.of("14:00-18:00", "08:00-12:00"));
		assertThat(fields(fx.put("demo-county", "/api/v1/observation-settings", change))).containsExactly("windows");
		change.put("windows", List.of("08:00-12:00"));
		assertThat(fields(fx.put("demo-county", "/api/v1/observation-settings", change))).containsExactly("windows");
		change.put("periodDays", 61);
		assertThat(fields(fx.put("demo-county", "/api/v1/observation-settings", change))).contains("periodDays");
	}

	private String otherTownshipUser() {
		String username = "health-" + UUID.randomUUID().toString().substring(0, 8);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", "古宋镇工作人员",
				"password", ApiClient.PASSWORD, "role", "TOWNSHIP_STAFF", "jurisdictionCode", HealthFixtures.OTHER_TOWNSHIP));
		assertThat(created.status()).as(created.json().toString()).isIn(200, 201);
		return username;
	}

	private static Map<String, Object> item(long observationId, String clientId, LocalDate date, double temperature) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("observationId", observationId);
		item.put("clientId", clientId);
		item.put("date", date.toString());
		item.put("time", "08:30");
		item.put("temperature", temperature);
		item.put("symptoms", List.of());
		return item;
	}

	static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		reply.json().path("violations").forEach(v -> fields.add(v.path("field").asString()));
		return fields;
	}

	private static JsonNode find(JsonNode items, long id) {
		for (JsonNode item : items) {
			if (item.path("id").asLong() == id) {
				return item;
			}
		}
		return null;
	}

	/** The ids of a whole list's items: it answers {items, nextCursor}, with no next page. */
	private static List<Long> ids(JsonNode list) {
		assertThat(list.path("nextCursor").isNull()).as("%s", list).isTrue();
		List<Long> ids = new ArrayList<>();
		list.path("items").forEach(i -> ids.add(i.path("id").asLong()));
		return ids;
	}

	private static List<Integer> slotsOf(JsonNode missed, long observationId) {
		List<Integer> slots = new ArrayList<>();
		missed.path("items").forEach(m -> {
			if (m.path("observationId").asLong() == observationId) {
				slots.add(m.path("slot").asInt());
			}
		});
		return slots;
	}
}
