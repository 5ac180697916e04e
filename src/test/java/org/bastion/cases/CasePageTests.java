package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** The case, tracing and check-in pages as a browser uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasePageTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aCaseIsRecordedItsContactsPastedAndPickedFromTheArrivalAndAllObserved() throws Exception {
		String idNumber = freshIdNumber();
		String name = "返" + UUID.randomUUID().toString().substring(0, 5);
		String companion = "同行" + UUID.randomUUID().toString().substring(0, 4);
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", idNumber);
		person.put("name", name);
		person.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		Map<String, Object> arrival = new LinkedHashMap<>();
		arrival.put("person", person);
		arrival.put("originCode", "510100");
		arrival.put("arrivalDate", HealthFixtures.today().minusDays(1).toString());
		arrival.put("transport", Map.of("mode", "TRAIN", "number", "G1234"));
		arrival.put("companions", List.of(Map.of("name", companion, "phone", phone(), "relation", "妻子")));
		arrival.put("temperature", 36.5);
		Reply registered = fx.post("demo-county", "/api/v1/arrivals", arrival);
		assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);

		PageSession county = PageSession.signIn(port, "demo-county");
		var form = county.get("/cases/new");
		assertThat(form.statusCode()).isEqualTo(200);
		var unknown = county.post("/cases", Map.of("idNumber", "110105194912310001", "status", "CONFIRMED"), form.body());
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("id=\"case-errors\"");
		var created = county.post("/cases", Map.of("idNumber", idNumber, "status", "CONFIRMED", "hospital", "兴文县人民医院"),
				"/cases/new");
		assertThat(created.statusCode()).isEqualTo(302);
		String casePath = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		var page = county.get(casePath);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(name).contains("id=\"contact-suggestions\"").contains(companion)
			.contains("id=\"case-status-section\"");
		JsonNode suggestions = fx.get("demo-county", "/api/v1" + casePath + "/contact-suggestions").json();
		assertThat(suggestions.path("items").valueStream().map(s -> s.path("name").asString())).contains(companion);
		assertThat(suggestions.path("nextCursor").isNull()).isTrue();

		var self = county.post(casePath + "/contacts", Map.of("lines", "某人，13912345678\n" + name + "，，" + idNumber),
				page.body());
		assertThat(self.statusCode()).isEqualTo(200);
		assertThat(self.body()).contains("id=\"contact-errors\"");
		String pasted = "密" + UUID.randomUUID().toString().substring(0, 4);
		var added = county.post(casePath + "/contacts", Map.of("lines", pasted + "，" + phone() + "，，同事，"
				+ HealthFixtures.today().minusDays(1)), casePath);
		assertThat(added.statusCode()).isEqualTo(302);
		var picked = county.post(casePath + "/contacts/pick", Map.of("pick", "0"), casePath);
		assertThat(picked.statusCode()).isEqualTo(302);
		var withContacts = county.get(casePath);
		assertThat(withContacts.body()).contains(pasted).contains(companion).contains("id=\"contacts-observe\"");

		var observed = county.post(casePath + "/contacts/observe", Map.of(), withContacts.body());
		assertThat(observed.statusCode()).isEqualTo(302);
		var after = county.get(casePath);
		assertThat(after.body()).contains("id=\"contacts-observed\"").contains("contact-observation badge-amber");

		var tracing = county.get(casePath + "/tracing");
		assertThat(tracing.statusCode()).isEqualTo(200);
		assertThat(tracing.body()).contains(pasted).contains(companion).contains("tracing-contact");
		var list = county.get("/cases");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(name).contains("id=\"case-daily\"");
		// The dashboard's numbers open the list of one place: the case's township holds it, another does not.
		assertThat(county.get("/cases?status=CONFIRMED&jurisdiction=" + HealthFixtures.TOWNSHIP).body()).contains(name);
		assertThat(county.get("/cases?status=CONFIRMED&jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP).body())
			.doesNotContain(name);

		var status = county.post(casePath + "/status", Map.of("status", "RECOVERED", "date",
				HealthFixtures.today().toString()), after.body());
		assertThat(status.statusCode()).isEqualTo(302);
		assertThat(county.get(casePath).body()).contains("id=\"case-notice\"").doesNotContain("id=\"case-status-section\"");

		PageSession leader = PageSession.signIn(port, "demo-leader");
		var read = leader.get(casePath);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).doesNotContain("id=\"contact-paste\"").doesNotContain("id=\"contacts-observe\"");
	}

	@Test
	void staffPickAMemberCheckInAndTheMissingListShowsReminders() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		var list = township.get("/checkins");
		assertThat(list.statusCode()).isEqualTo(200);
		String unitName = "卡点" + UUID.randomUUID().toString().substring(0, 4);
		var created = township.post("/checkins", Map.of("name", unitName, "jurisdictionCode", HealthFixtures.TOWNSHIP,
				"checksPerDay", "2"), list.body());
		assertThat(created.statusCode()).isEqualTo(302);
		String unitPath = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		String first = "员" + UUID.randomUUID().toString().substring(0, 4);
		String second = "员" + UUID.randomUUID().toString().substring(0, 4);
		assertThat(township.post(unitPath + "/members", Map.of("name", first, "phone", phone()), unitPath).statusCode())
			.isEqualTo(302);
		assertThat(township.post(unitPath + "/members", Map.of("name", second, "idNumber", freshIdNumber()), unitPath)
			.statusCode()).isEqualTo(302);
		long unitId = Long.parseLong(unitPath.substring(unitPath.lastIndexOf('/') + 1));
		JsonNode members = fx.get("demo-county", "/api/v1/checkin-units/" + unitId).json().path("members");
		long firstId = 0;
		for (JsonNode m : members) {
			if (m.path("personName").asString().equals(first)) {
				firstId = m.path("personId").asLong();
			}
		}
		var page = township.get(unitPath);
		assertThat(page.body()).contains("id=\"checkin-form\"").contains("inputmode=\"decimal\"").contains(first)
			.contains(second);
		var bad = township.post(unitPath + "/checkin", Map.of("personId", String.valueOf(firstId), "temperature", "45"),
				page.body());
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"checkin-errors\"");
		var done = township.post(unitPath + "/checkin", Map.of("personId", String.valueOf(firstId), "temperature", "36.4",
				"clientId", UUID.randomUUID().toString()), unitPath);
		assertThat(done.statusCode()).isEqualTo(302);
		var reminded = township.post(unitPath + "/remind", Map.of(), unitPath);
		assertThat(reminded.statusCode()).isEqualTo(302);
		var missing = township.get(unitPath + "/missing");
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains(second).doesNotContain(">" + first + "<").contains("badge-amber");
		assertThat(township.get("/checkins").body()).contains(unitName);
	}

	private static String freshIdNumber() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		return IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
	}

	private static String phone() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}
}
