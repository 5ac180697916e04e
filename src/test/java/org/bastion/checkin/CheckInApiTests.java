package org.bastion.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.observation.HealthFixtures;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Staff health check-ins: members, check-ins, who is missing, reminders and alerts, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckInApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void theMissingListShowsWhoHasNotCheckedInAndWhenTheyWereReminded() {
		long unit = unit(HealthFixtures.TOWNSHIP, "共乐卡点值守队" + UUID.randomUUID().toString().substring(0, 4));
		long first = fx.person(HealthFixtures.TOWNSHIP);
		long second = fx.person(HealthFixtures.TOWNSHIP);
		assertThat(fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/members", Map.of("personId", first)).status())
			.isEqualTo(200);
		JsonNode members = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/members", Map.of("personId", second))
			.json()
			.path("members");
		assertThat(members.size()).isEqualTo(2);
		assertThat(fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/members", Map.of("personId", second))
			.json().path("members").size()).isEqualTo(2);

		String clientId = UUID.randomUUID().toString();
		Reply checkedIn = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/checkins",
				Map.of("personId", first, "temperature", 36.5, "symptoms", List.of(), "clientId", clientId));
		assertThat(checkedIn.status()).as(checkedIn.json().toString()).isEqualTo(201);
		assertThat(checkedIn.json().path("abnormal").asBoolean()).isFalse();
		assertThat(checkedIn.json().path("recordedBy").asString()).isEqualTo("demo-county");
		assertThat(checkedIn.json().path("recordedByName").asString()).isEqualTo("县指挥部 李明");
		Reply replayed = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/checkins",
				Map.of("personId", first, "temperature", 36.5, "symptoms", List.of(), "clientId", clientId));
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.json().path("id").asLong()).isEqualTo(checkedIn.json().path("id").asLong());
		assertThat(replayed.json().path("recordedByName").asString()).isEqualTo("县指挥部 李明");
		JsonNode todays = fx.get("demo-county", "/api/v1/checkin-units/" + unit + "/checkins").json().path("items");
		assertThat(todays.size()).isEqualTo(1);
		assertThat(todays.get(0).path("recordedByName").asString()).isEqualTo("县指挥部 李明");

		JsonNode missing = fx.get("demo-county", "/api/v1/checkin-units/" + unit + "/missing").json();
		assertThat(missing.path("memberCount").asInt()).isEqualTo(2);
		assertThat(ids(missing)).containsExactly(second);
		assertThat(missing.path("missing").get(0).path("remindedAt").isNull()).isTrue();
		assertThat(missing.path("slot").asInt()).isEqualTo(checkedIn.json().path("slot").asInt());

		JsonNode reminded = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/remind", Map.of()).json();
		assertThat(ids(reminded)).containsExactly(second);
		assertThat(reminded.path("missing").get(0).path("remindedAt").asString()).matches("\\d{2}:\\d{2}(:00)?");
		assertThat(fx.get("demo-county", "/api/v1/checkin-units/" + unit + "/missing").json()
			.path("missing").get(0).path("remindedAt").isNull()).isFalse();
	}

	@Test
	void aFeverAtCheckInOpensAnAlertAndBadInputIsRefusedByField() {
		long unit = unit(HealthFixtures.TOWNSHIP, "复工企业" + UUID.randomUUID().toString().substring(0, 4));
		long member = fx.person(HealthFixtures.TOWNSHIP);
		fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/members", Map.of("personId", member));

		Reply cold = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/checkins",
				Map.of("personId", member, "temperature", 34.0));
		assertThat(cold.status()).isEqualTo(400);
		assertThat(cold.json().path("violations").get(0).path("field").asString()).isEqualTo("temperature");
		Reply stranger = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/checkins",
				Map.of("personId", fx.person(HealthFixtures.TOWNSHIP), "temperature", 36.6));
		assertThat(stranger.status()).isEqualTo(400);
		assertThat(stranger.json().path("violations").get(0).path("field").asString()).isEqualTo("personId");

		Reply fever = fx.post("demo-county", "/api/v1/checkin-units/" + unit + "/checkins",
				Map.of("personId", member, "temperature", 38.2, "symptoms", List.of("COUGH")));
		assertThat(fever.status()).isEqualTo(201);
		assertThat(fever.json().path("abnormal").asBoolean()).isTrue();
		JsonNode alerts = fx.get("demo-county", "/api/v1/checkin-units/" + unit + "/alerts?open=true").json().path("items");
		assertThat(alerts.size()).isEqualTo(1);
		assertThat(alerts.get(0).path("kind").asString()).isEqualTo("FEVER");
		long alert = alerts.get(0).path("id").asLong();
		assertThat(fx.post("demo-county", "/api/v1/checkin-alerts/" + alert + "/close", Map.of()).status()).isEqualTo(400);
		Reply closed = fx.post("demo-county", "/api/v1/checkin-alerts/" + alert + "/close", Map.of("note", "已送发热门诊"));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("closedByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(fx.post("demo-county", "/api/v1/checkin-alerts/" + alert + "/close", Map.of("note", "again")).status())
			.isEqualTo(409);

		Reply badWindows = fx.post("demo-county", "/api/v1/checkin-units", Map.of("name", "x", "jurisdictionCode",
				HealthFixtures.TOWNSHIP, "checksPerDay", 2, "windows", List.of("12:00-14:00", "08:00-10:00")));
		assertThat(badWindows.status()).isEqualTo(400);
		assertThat(fx.post("demo-county", "/api/v1/checkin-units",
				Map.of("name", "x", "jurisdictionCode", HealthFixtures.TOWNSHIP, "checksPerDay", 4)).status()).isEqualTo(400);
	}

	@Test
	void anotherTownshipsUnitIsNotFound() {
		long unit = unit(HealthFixtures.OTHER_TOWNSHIP, "大坝卡点" + UUID.randomUUID().toString().substring(0, 4));
		assertThat(fx.get("demo-township", "/api/v1/checkin-units/" + unit).status()).isEqualTo(404);
		long own = unit(HealthFixtures.TOWNSHIP, "共乐卡点" + UUID.randomUUID().toString().substring(0, 4));
		JsonNode county = fx.get("demo-county", "/api/v1/checkin-units").json();
		assertThat(county.path("nextCursor").isNull()).isTrue();
		assertThat(county.path("items").valueStream().map(u -> u.path("id").asLong())).contains(unit, own);
		assertThat(fx.get("demo-township", "/api/v1/checkin-units").json().path("items").valueStream()
			.map(u -> u.path("id").asLong())).contains(own).doesNotContain(unit);
		assertThat(fx.get("demo-township", "/api/v1/checkin-units/" + unit + "/missing").status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/checkin-units/" + unit + "/remind", Map.of()).status()).isEqualTo(404);
		assertThat(fx.post("demo-leader", "/api/v1/checkin-units/" + unit + "/remind", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void addingAMemberByTheIdNumberOfAnOutsiderTellsNothingOfThem() throws Exception {
		String idNumber = IdNumber.of("110105", LocalDate.of(1971, 3, 4),
				ThreadLocalRandom.current().nextInt(1, 999)).value();
		String storedName = "外员" + UUID.randomUUID().toString().substring(0, 6);
		Reply person = fx.post("demo-county", "/api/v1/people",
				Map.of("idNumber", idNumber, "name", storedName, "jurisdictionCode", HealthFixtures.OTHER_TOWNSHIP));
		assumeTrue(person.status() == 201, "a fresh ID number");
		long unit = unit(HealthFixtures.TOWNSHIP, "共乐卡点" + UUID.randomUUID().toString().substring(0, 4));

		PageSession township = PageSession.signIn(port, "demo-township");
		var answer = township.post("/checkins/" + unit + "/members",
				Map.of("name", "别名", "idNumber", idNumber, "phone", ""), "/checkins/" + unit);
		assertThat(answer.body()).doesNotContain(storedName).doesNotContain(idNumber);
		assertThat(township.get("/checkins/" + unit).body()).doesNotContain(storedName);
		assertThat(fx.get("demo-township", "/api/v1/checkin-units/" + unit).json().toString()).doesNotContain(storedName);
	}

	private long unit(String place, String name) {
		Reply created = fx.post("demo-county", "/api/v1/checkin-units",
				Map.of("name", name, "jurisdictionCode", place, "checksPerDay", 3));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		assertThat(created.json().path("windows").size()).isEqualTo(3);
		assertThat(created.json().path("createdByName").asString()).isEqualTo("县指挥部 李明");
		return created.json().path("id").asLong();
	}

	private static List<Long> ids(JsonNode missing) {
		List<Long> ids = new ArrayList<>();
		missing.path("missing").forEach(m -> ids.add(m.path("personId").asLong()));
		return ids;
	}
}
