package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.observation.HealthFixtures;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Cases, their close contacts, observing them all, tracing and daily counts over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	record Registered(long id, String idNumber, String name) {
	}

	@Test
	void aCaseIsRecordedOncePerPersonAndMovesOnlyAsTheRulesAllow() {
		Registered person = register(HealthFixtures.TOWNSHIP);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", person.id());
		body.put("status", "CONFIRMED");
		body.put("onsetDate", HealthFixtures.today().minusDays(3).toString());
		body.put("hospital", "兴文县人民医院");
		body.put("clientId", UUID.randomUUID().toString());
		Reply created = fx.post("demo-county", "/api/v1/cases", body);
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		assertThat(created.json().path("confirmedDate").asString()).isEqualTo(HealthFixtures.today().toString());
		assertThat(created.json().path("personName").asString()).isEqualTo(person.name());
		assertThat(created.json().path("createdBy").asString()).isEqualTo("demo-county");
		assertThat(created.json().path("createdByName").asString()).isEqualTo("县指挥部 李明");

		Reply again = fx.post("demo-county", "/api/v1/cases", body);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		body.put("clientId", UUID.randomUUID().toString());
		Reply second = fx.post("demo-county", "/api/v1/cases", body);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().path("existing").path("id").asLong()).isEqualTo(id);

		Reply back = fx.post("demo-county", "/api/v1/cases/" + id + "/status", Map.of("status", "SUSPECTED"));
		assertThat(back.status()).isEqualTo(400);
		assertThat(back.json().path("violations").get(0).path("field").asString()).isEqualTo("status");
		Reply future = fx.post("demo-county", "/api/v1/cases/" + id + "/status",
				Map.of("status", "RECOVERED", "date", HealthFixtures.today().plusDays(1).toString()));
		assertThat(future.status()).isEqualTo(400);
		Reply recovered = fx.post("demo-county", "/api/v1/cases/" + id + "/status",
				Map.of("status", "RECOVERED", "date", HealthFixtures.today().toString(), "note", "两次核酸阴性"));
		assertThat(recovered.status()).isEqualTo(200);
		assertThat(recovered.json().path("status").asString()).isEqualTo("RECOVERED");
		assertThat(recovered.json().path("outcomeDate").asString()).isEqualTo(HealthFixtures.today().toString());
		assertThat(fx.post("demo-county", "/api/v1/cases/" + id + "/status", Map.of("status", "DIED")).status())
			.isEqualTo(400);
		JsonNode history = fx.get("demo-county", "/api/v1/cases/" + id + "/history").json().path("items");
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(1).path("note").asString()).isEqualTo("两次核酸阴性");
		assertThat(history.get(1).path("changedBy").asString()).isEqualTo("demo-county");
		assertThat(history.get(1).path("changedByName").asString()).isEqualTo("县指挥部 李明");

		Map<String, Object> outcome = new LinkedHashMap<>(body);
		outcome.put("personId", register(HealthFixtures.TOWNSHIP).id());
		outcome.put("status", "RECOVERED");
		outcome.put("clientId", UUID.randomUUID().toString());
		Reply refused = fx.post("demo-county", "/api/v1/cases", outcome);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("violations").get(0).path("field").asString()).isEqualTo("status");
	}

	@Test
	void contactsAreStoredOnceTheCaseThemselfIsRefusedAndAllArePutUnderObservation() {
		Registered index = register(HealthFixtures.TOWNSHIP);
		long caseId = newCase(index.id(), "CONFIRMED");
		String contactId = freshIdNumber();
		LocalDate exposure = HealthFixtures.today().minusDays(2);
		String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		String path = "/api/v1/cases/" + caseId + "/contacts";

		Reply self = fx.post("demo-county", path, Map.of("contacts", List.of(
				row("密A" + suffix(), null, contactId, "同事", exposure),
				row("密B" + suffix(), phone, null, "家人", null),
				row(index.name(), null, index.idNumber(), "本人", null))));
		assertThat(self.status()).as(self.json().toString()).isEqualTo(400);
		assertThat(self.json().path("violations").get(0).path("field").asString()).isEqualTo("contacts[2].idNumber");
		assertThat(self.json().path("violations").get(0).path("rule").asString()).isEqualTo("notTheCase");
		assertThat(fx.get("demo-county", path).json().path("items").size()).isZero();

		String nameA = "密A" + suffix();
		String nameB = "密B" + suffix();
		Reply added = fx.post("demo-county", path, Map.of("contacts", List.of(row(nameA, null, contactId, "同事", exposure),
				row(nameB, phone, null, "家人", null), row(nameA, null, contactId, "同事", exposure))));
		assertThat(added.status()).as(added.json().toString()).isEqualTo(201);
		assertThat(added.json().path("added").size()).isEqualTo(2);
		assertThat(added.json().path("duplicates").asInt()).isEqualTo(1);
		Reply repeated = fx.post("demo-county", path,
				Map.of("contacts", List.of(row(nameA, null, contactId, "同事", exposure), row(nameB, phone, null, "家人", null))));
		assertThat(repeated.status()).isEqualTo(201);
		assertThat(repeated.json().path("added").size()).isZero();
		assertThat(repeated.json().path("duplicates").asInt()).isEqualTo(2);
		JsonNode contacts = fx.get("demo-county", path).json().path("items");
		assertThat(contacts.size()).isEqualTo(2);

		Reply observed = fx.post("demo-county", "/api/v1/cases/" + caseId + "/contacts/observe", Map.of());
		assertThat(observed.status()).as(observed.json().toString()).isEqualTo(200);
		assertThat(observed.json().path("started").asInt()).isEqualTo(2);
		List<String> starts = new ArrayList<>();
		for (JsonNode orderId : observed.json().path("observationIds")) {
			JsonNode order = fx.get("demo-county", "/api/v1/observations/" + orderId.asLong()).json();
			assertThat(order.path("reason").asString()).isEqualTo("CLOSE_CONTACT");
			assertThat(order.path("kind").asString()).isEqualTo("HOME");
			starts.add(order.path("startDate").asString());
		}
		assertThat(starts).containsExactlyInAnyOrder(exposure.toString(), HealthFixtures.today().toString());
		Reply twice = fx.post("demo-county", "/api/v1/cases/" + caseId + "/contacts/observe", Map.of());
		assertThat(twice.json().path("started").asInt()).isZero();
		JsonNode observedContacts = fx.get("demo-county", path).json().path("items");
		assertThat(observedContacts).hasSize(2);
		for (JsonNode contact : observedContacts) {
			assertThat(contact.path("observationStatus").asString()).isEqualTo("OPEN");
		}
	}

	@Test
	void theTracingViewFollowsContactsWhoBecameCases() {
		Registered index = register(HealthFixtures.TOWNSHIP);
		long caseId = newCase(index.id(), "CONFIRMED");
		String contactId = freshIdNumber();
		String nameA = "密A" + suffix();
		JsonNode added = fx.post("demo-county", "/api/v1/cases/" + caseId + "/contacts",
				Map.of("contacts", List.of(row(nameA, null, contactId, "同事", null)))).json();
		long contactPerson = added.path("added").get(0).path("personId").asLong();
		long secondCase = newCase(contactPerson, "SUSPECTED");
		String nameC = "密C" + suffix();
		fx.post("demo-county", "/api/v1/cases/" + secondCase + "/contacts",
				Map.of("contacts", List.of(row(nameC, "13912345678", null, "室友", null))));

		Reply tree = fx.get("demo-county", "/api/v1/cases/" + caseId + "/tracing");
		assertThat(tree.status()).isEqualTo(200);
		JsonNode first = tree.json().path("contacts").get(0);
		assertThat(first.path("contact").path("personName").asString()).isEqualTo(nameA);
		assertThat(first.path("caseOfContact").path("status").asString()).isEqualTo("SUSPECTED");
		assertThat(first.path("contacts").get(0).path("contact").path("personName").asString()).isEqualTo(nameC);
	}

	@Test
	void dailyCountsGrowWithNewCasesAndStatusChanges() {
		String url = "/api/v1/cases/daily?jurisdiction=" + HealthFixtures.TOWNSHIP + "&from="
				+ HealthFixtures.today().minusDays(2) + "&to=" + HealthFixtures.today();
		JsonNode before = fx.get("demo-county", url).json().path("items");
		assertThat(before.size()).isEqualTo(3);
		long suspected = newCase(register(HealthFixtures.TOWNSHIP).id(), "SUSPECTED");
		newCase(register(HealthFixtures.TOWNSHIP).id(), "CONFIRMED");
		fx.post("demo-county", "/api/v1/cases/" + suspected + "/status", Map.of("status", "CONFIRMED"));
		JsonNode after = fx.get("demo-county", url).json().path("items");
		JsonNode today = after.get(2);
		assertThat(today.path("date").asString()).isEqualTo(HealthFixtures.today().toString());
		assertThat(today.path("suspected").asLong() - before.get(2).path("suspected").asLong()).isEqualTo(1);
		assertThat(today.path("confirmed").asLong() - before.get(2).path("confirmed").asLong()).isEqualTo(2);
		assertThat(fx.get("demo-county", "/api/v1/cases/daily?from=" + HealthFixtures.today() + "&to="
				+ HealthFixtures.today().minusDays(1)).status()).isEqualTo(400);

		JsonNode listed = fx.get("demo-county", "/api/v1/cases?status=CONFIRMED&jurisdiction=" + HealthFixtures.TOWNSHIP).json();
		assertThat(listed.path("items").get(0).path("status").asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void anotherTownshipSeesNothingAndLeadersChangeNothing() {
		long elsewhere = newCase(register(HealthFixtures.OTHER_TOWNSHIP).id(), "SUSPECTED");
		assertThat(fx.get("demo-township", "/api/v1/cases/" + elsewhere).status()).isEqualTo(404);
		assertThat(fx.get("demo-township", "/api/v1/cases/" + elsewhere + "/tracing").status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/cases/" + elsewhere + "/contacts",
				Map.of("contacts", List.of(row("某人", null, null, null, null)))).status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/cases/" + elsewhere + "/contacts/observe", Map.of()).status())
			.isEqualTo(404);
		JsonNode listed = fx.get("demo-township", "/api/v1/cases?limit=100").json();
		for (JsonNode item : listed.path("items")) {
			assertThat(item.path("id").asLong()).isNotEqualTo(elsewhere);
		}
		assertThat(fx.post("demo-leader", "/api/v1/cases/" + elsewhere + "/status", Map.of("status", "CONFIRMED")).status())
			.isEqualTo(403);
	}

	@Test
	void aContactLivingInAnotherTownshipIsKeptUnderTheTypedNameAndNeverShownAsStored() {
		Registered outsider = register(HealthFixtures.OTHER_TOWNSHIP);
		Registered index = register(HealthFixtures.TOWNSHIP);
		long caseId = newCase(index.id(), "CONFIRMED");
		String path = "/api/v1/cases/" + caseId + "/contacts";
		String typed = "密报" + suffix();

		Reply added = fx.post("demo-township", path,
				Map.of("contacts", List.of(row(typed, null, outsider.idNumber(), "同车", null))));
		assertThat(added.status()).as(added.json().toString()).isEqualTo(201);
		for (Reply answer : List.of(added, fx.get("demo-township", path),
				fx.get("demo-township", "/api/v1/cases/" + caseId + "/tracing"))) {
			assertThat(answer.json().toString()).contains(typed).doesNotContain(outsider.name())
				.doesNotContain(outsider.idNumber());
		}
	}

	private long newCase(long personId, String status) {
		Reply created = fx.post("demo-county", "/api/v1/cases", Map.of("personId", personId, "status", status));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private Registered register(String place) {
		String id = freshIdNumber();
		String name = "病" + suffix();
		Reply reply = fx.post("demo-county", "/api/v1/people", Map.of("idNumber", id, "name", name, "jurisdictionCode", place));
		if (reply.status() == 409) {
			return register(place);
		}
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return new Registered(reply.json().path("id").asLong(), id, name);
	}

	private static String freshIdNumber() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		return IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	private static Map<String, Object> row(String name, String phone, String idNumber, String relation, LocalDate exposure) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", name);
		row.put("phone", phone);
		row.put("idNumber", idNumber);
		row.put("relation", relation);
		row.put("lastExposureDate", exposure == null ? null : exposure.toString());
		return row;
	}
}
