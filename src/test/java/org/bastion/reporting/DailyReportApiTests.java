package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Daily and zero reports over HTTP: a submission, its amendment with history, a retry stored once, late
 * reports, completeness up the tree, and the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DailyReportApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	String village;

	@BeforeEach
	void freshVillage() {
		fx = new HealthFixtures(port);
		village = HealthFixtures.TOWNSHIP + ThreadLocalRandom.current().nextInt(900, 1000);
		Reply created = fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", village, "name", "日报测试村" + village.substring(9), "parentCode", HealthFixtures.TOWNSHIP,
						"level", "VILLAGE"));
		if (created.status() == 409) {
			freshVillage();
			return;
		}
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
	}

	private Map<String, Object> report(boolean zero, String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", clientId);
		body.put("unit", village);
		body.put("zero", zero);
		body.put("reporterName", "张强");
		body.put("reporterPhone", "13800001111");
		body.put("approver", "王芳");
		return body;
	}

	private JsonNode completeness(String date) {
		return fx.get("demo-township", "/api/v1/reports/completeness?jurisdiction=" + HealthFixtures.TOWNSHIP
				+ (date == null ? "" : "&date=" + date)).json();
	}

	private static JsonNode unit(JsonNode completeness, String ref) {
		for (JsonNode unit : completeness.path("units")) {
			if (unit.path("unit").path("ref").asString().equals(ref)) {
				return unit;
			}
		}
		throw new AssertionError(ref + " is not among the units of " + completeness);
	}

	@Test
	void aVillageWithNothingNewSubmitsAZeroReportAndTheTownshipSeesItReported() {
		JsonNode before = completeness(null);
		assertThat(unit(before, village).path("status").asString()).isEqualTo("MISSING");
		int reportedBefore = before.path("tally").path("reported").asInt();

		Reply zero = fx.post("demo-township", "/api/v1/reports/daily", report(true, UUID.randomUUID().toString()));

		assertThat(zero.status()).as(zero.json().toString()).isEqualTo(201);
		assertThat(zero.json().path("status").asString()).isEqualTo("ON_TIME");
		assertThat(zero.json().path("zero").asBoolean()).isTrue();
		JsonNode after = completeness(null);
		assertThat(unit(after, village).path("status").asString()).isEqualTo("ON_TIME");
		assertThat(unit(after, village).path("zero").asBoolean()).isTrue();
		assertThat(after.path("tally").path("reported").asInt()).isEqualTo(reportedBefore + 1);
		assertThat(after.path("tally").path("expected").asInt()).isEqualTo(before.path("tally").path("expected").asInt());
		// Silence is not a zero report: the other villages stay missing.
		assertThat(after.path("tally").path("missing").asInt()).isEqualTo(before.path("tally").path("missing").asInt() - 1);
	}

	@Test
	void aSecondSubmissionAmendsWithHistoryAndARetryIsStoredOnce() {
		String clientId = UUID.randomUUID().toString();
		assertThat(fx.post("demo-township", "/api/v1/reports/daily", report(true, clientId)).status()).isEqualTo(201);
		Reply retried = fx.post("demo-township", "/api/v1/reports/daily", report(true, clientId));
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().path("replayed").asBoolean()).isTrue();
		assertThat(retried.json().path("history").size()).isEqualTo(1);

		Map<String, Object> amended = report(false, UUID.randomUUID().toString());
		amended.put("note", "补充说明");
		Reply second = fx.post("demo-township", "/api/v1/reports/daily", amended);

		assertThat(second.status()).as(second.json().toString()).isEqualTo(201);
		assertThat(second.json().path("zero").asBoolean()).isFalse();
		JsonNode history = second.json().path("history");
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).path("revision").asInt()).isEqualTo(2);
		assertThat(history.get(0).path("note").asString()).isEqualTo("补充说明");
		assertThat(history.get(0).path("submittedByName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(history.get(1).path("zero").asBoolean()).isTrue();
		JsonNode after = completeness(null);
		assertThat(after.path("units").findValues("ref").stream().filter(ref -> ref.asString().equals(village)))
			.hasSize(1);
	}

	@Test
	void aReportAfterItsDeadlineIsAcceptedAndMarkedLate() {
		String current = fx.get("demo-township", "/api/v1/reports/daily?unit=" + village).json().path("date").asString();
		String past = LocalDate.parse(current).minusDays(2).toString();
		Map<String, Object> body = report(true, UUID.randomUUID().toString());
		body.put("date", past);

		Reply late = fx.post("demo-township", "/api/v1/reports/daily", body);

		assertThat(late.status()).as(late.json().toString()).isEqualTo(201);
		assertThat(late.json().path("status").asString()).isEqualTo("LATE");
		assertThat(unit(completeness(past), village).path("status").asString()).isEqualTo("LATE");
		assertThat(completeness(past).path("tally").path("late").asInt()).isPositive();
	}

	@Test
	void aDateAfterTheCurrentWindowIsRefusedNamingTheField() {
		String current = fx.get("demo-township", "/api/v1/reports/daily?unit=" + village).json().path("date").asString();
		Map<String, Object> body = report(true, UUID.randomUUID().toString());
		body.put("date", LocalDate.parse(current).plusDays(1).toString());

		Reply refused = fx.post("demo-township", "/api/v1/reports/daily", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("violations").get(0).path("field").asString()).isEqualTo("date");
		assertThat(refused.json().path("violations").get(0).path("message").asString()).contains(current);
	}

	@Test
	void aReportForAUnitOutsideTheAreaIsNotFoundAndAReaderCannotSubmit() {
		Map<String, Object> body = report(true, UUID.randomUUID().toString());
		body.put("unit", HealthFixtures.OTHER_TOWNSHIP);
		assertThat(fx.post("demo-township", "/api/v1/reports/daily", body).status()).isEqualTo(404);
		assertThat(fx.get("demo-township", "/api/v1/reports/daily?unit=" + HealthFixtures.OTHER_TOWNSHIP).status())
			.isEqualTo(404);
		assertThat(fx.post("demo-grid", "/api/v1/reports/daily", report(true, UUID.randomUUID().toString())).status())
			.isEqualTo(404);
		assertThat(fx.post("demo-leader", "/api/v1/reports/daily", report(true, UUID.randomUUID().toString())).status())
			.isEqualTo(403);
		assertThat(fx.get("demo-leader", "/api/v1/reports/daily?unit=" + village).status()).isEqualTo(200);
	}

	@Test
	void aPlaceThatIsNoReportingUnitIsNamed() {
		Map<String, Object> body = report(true, UUID.randomUUID().toString());
		body.put("unit", "511528");

		Reply refused = fx.post("demo-county", "/api/v1/reports/daily", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("violations").get(0).path("field").asString()).isEqualTo("unit");
	}

	@Test
	void aReminderShowsOnTheMissingUnitAndIsRefusedOnceItReported() {
		String path = "/api/v1/reports/daily/reminders";
		Map<String, Object> reminder = Map.of("unit", village);
		assertThat(fx.post("demo-township", path, reminder).status()).isEqualTo(204);
		assertThat(fx.post("demo-township", path, reminder).status()).isEqualTo(204);
		assertThat(fx.get("demo-township", "/api/v1/reports/daily?unit=" + village).json().path("reminder").path("times")
			.asInt()).isEqualTo(2);
		JsonNode reminded = unit(completeness(null), village).path("reminder");
		assertThat(reminded.path("times").asInt()).isEqualTo(2);

		fx.post("demo-township", "/api/v1/reports/daily", report(true, UUID.randomUUID().toString()));

		assertThat(fx.post("demo-township", path, reminder).status()).isEqualTo(409);
		assertThat(fx.post("demo-grid", path, reminder).status()).isEqualTo(403);
	}

	@Test
	void manualFieldsAreTypedByTheUnitAndSummedUpTheTree() {
		String label = "发放口罩" + UUID.randomUUID().toString().substring(0, 6);
		Reply field = fx.post("demo-county", "/api/v1/reports/manual-fields", Map.of("label", label));
		assertThat(field.status()).as(field.json().toString()).isEqualTo(201);
		long id = field.json().path("id").asLong();
		assertThat(fx.post("demo-township", "/api/v1/reports/manual-fields", Map.of("label", "乡镇自定义")).status())
			.isEqualTo(403);
		try {
			Map<String, Object> body = report(false, UUID.randomUUID().toString());
			body.put("manual", Map.of(String.valueOf(id), 120));
			Reply submitted = fx.post("demo-township", "/api/v1/reports/daily", body);
			assertThat(submitted.status()).as(submitted.json().toString()).isEqualTo(201);

			JsonNode rollup = fx.get("demo-township", "/api/v1/reports/rollup?jurisdiction=" + village).json();
			assertThat(manual(rollup, id)).isEqualTo(120);
			JsonNode township = fx.get("demo-township", "/api/v1/reports/rollup?jurisdiction=" + HealthFixtures.TOWNSHIP)
				.json();
			assertThat(manual(township, id)).isGreaterThanOrEqualTo(120);

			body = report(false, UUID.randomUUID().toString());
			body.put("manual", Map.of(String.valueOf(id), -3));
			Reply refused = fx.post("demo-township", "/api/v1/reports/daily", body);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().path("violations").get(0).path("field").asString()).isEqualTo("manual[" + id + "]");
		}
		finally {
			assertThat(fx.as("demo-county").delete().uri("/api/v1/reports/manual-fields/" + id).retrieve()
				.toBodilessEntity().getStatusCode().value()).isEqualTo(204);
		}
	}

	private static long manual(JsonNode rollup, long fieldId) {
		for (JsonNode total : rollup.path("manual")) {
			if (total.path("fieldId").asLong() == fieldId) {
				return total.path("value").asLong();
			}
		}
		throw new AssertionError("no manual total " + fieldId + " in " + rollup);
	}

	@Test
	void theCutOffChangesFromTomorrowOnAndOnlyByHeadquarters() {
		String today = HealthFixtures.today().toString();
		Map<String, Object> change = Map.of("effectiveFrom", today, "cutoff", "16:00", "villageDeadline", "16:00",
				"townshipDeadline", "18:00");

		Reply refused = fx.put("demo-county", "/api/v1/reports/settings", change);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("violations").get(0).path("field").asString()).isEqualTo("effectiveFrom");
		assertThat(fx.put("demo-township", "/api/v1/reports/settings",
				Map.of("effectiveFrom", HealthFixtures.today().plusDays(1).toString(), "cutoff", "16:00",
						"villageDeadline", "16:00", "townshipDeadline", "18:00")).status()).isEqualTo(403);
		Reply order = fx.put("demo-county", "/api/v1/reports/settings", Map.of("effectiveFrom",
				HealthFixtures.today().plusDays(400).toString(), "cutoff", "16:00", "villageDeadline", "17:00",
				"townshipDeadline", "16:00"));
		assertThat(order.status()).isEqualTo(400);
		assertThat(order.json().path("violations").get(0).path("field").asString()).isEqualTo("townshipDeadline");
	}
}
