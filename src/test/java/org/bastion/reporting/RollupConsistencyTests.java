package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Iterator;
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

/**
 * Figures derived from records registered through the API, summed up the tree on read: at every level
 * the rows add up to the totals, the totals equal the records below, and a village's report says the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RollupConsistencyTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	String township;

	@BeforeEach
	void freshTownship() {
		fx = new HealthFixtures(port);
		township = "511528" + ThreadLocalRandom.current().nextInt(800, 900);
		Reply created = fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", township, "name", "汇总测试镇", "parentCode", "511528", "level", "TOWNSHIP"));
		if (created.status() == 409) {
			freshTownship();
			return;
		}
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		place(township + "201", "东村", township, "VILLAGE");
		place(township + "202", "西村", township, "VILLAGE");
		place(township + "20101", "东村一组", township + "201", "GRID");
		for (int i = 0; i < 3; i++) {
			arrival(township + "20101", "420106");
		}
		arrival(township + "202", "440305");
		arrival(township + "202", "440305");
		arrival(township, "421002");
	}

	@Test
	void everyLevelSumsItsChildrenAndEqualsTheRecordsBelow() {
		JsonNode rollup = fx.get("demo-township", "/api/v1/reports/rollup?jurisdiction=" + township).status() == 404
				? fx.get("demo-county", "/api/v1/reports/rollup?jurisdiction=" + township).json()
				: null;
		assertThat(rollup).as("a township outside demo-township's area is not found").isNotNull();

		assertThat(rollup.path("totals").path("arrivals.fromWuhan").asLong()).isEqualTo(3);
		assertThat(rollup.path("totals").path("arrivals.fromHubei").asLong()).isEqualTo(1);
		assertThat(rollup.path("totals").path("arrivals.fromElsewhere").asLong()).isEqualTo(2);
		assertThat(row(rollup, township + "201").path("arrivals.fromWuhan").asLong()).isEqualTo(3);
		assertThat(row(rollup, township + "202").path("arrivals.fromElsewhere").asLong()).isEqualTo(2);
		assertThat(row(rollup, null).path("arrivals.fromHubei").asLong()).isEqualTo(1);
		assertRowsAddUp(rollup);

		JsonNode village = fx.get("demo-county", "/api/v1/reports/rollup?jurisdiction=" + township + "201").json();
		assertRowsAddUp(village);
		assertThat(village.path("totals").path("arrivals.fromWuhan").asLong()).isEqualTo(3);

		JsonNode county = fx.get("demo-county", "/api/v1/reports/rollup?jurisdiction=511528").json();
		assertRowsAddUp(county);
		JsonNode ours = row(county, township);
		rollup.path("totals").properties().forEach(e -> assertThat(ours.path(e.getKey()).asLong()).as(e.getKey())
			.isEqualTo(e.getValue().asLong()));
	}

	@Test
	void aVillagesReportCarriesItsRecordsRefusesAZeroAndKeepsACorrectionWithItsReason() {
		String village = township + "201";
		JsonNode report = fx.get("demo-county", "/api/v1/reports/daily?unit=" + village).json();
		assertThat(figure(report, "arrivals.fromWuhan").path("derived").asLong()).isEqualTo(3);

		Reply zero = fx.post("demo-county", "/api/v1/reports/daily", submission(village, true, Map.of()));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.json().path("violations").get(0).path("field").asString()).isEqualTo("zero");
		assertThat(zero.json().path("violations").get(0).path("message").asString()).contains("3");

		Reply unexplained = fx.post("demo-county", "/api/v1/reports/daily",
				submission(village, false, Map.of("arrivals.fromWuhan", Map.of("value", 4))));
		assertThat(unexplained.status()).isEqualTo(400);
		assertThat(unexplained.json().path("violations").get(0).path("field").asString())
			.isEqualTo("corrections[arrivals.fromWuhan].reason");

		Reply explained = fx.post("demo-county", "/api/v1/reports/daily", submission(village, false,
				Map.of("arrivals.fromWuhan", Map.of("value", 4, "reason", "一人昨晚到家，今早补登"))));
		assertThat(explained.status()).as(explained.json().toString()).isEqualTo(201);
		JsonNode kept = figure(explained.json(), "arrivals.fromWuhan");
		assertThat(kept.path("derived").asLong()).isEqualTo(3);
		assertThat(kept.path("reported").asLong()).isEqualTo(4);
		assertThat(kept.path("reason").asString()).isEqualTo("一人昨晚到家，今早补登");
		// The records stay as they are: the roll-up still counts three.
		assertThat(fx.get("demo-county", "/api/v1/reports/rollup?jurisdiction=" + village).json().path("totals")
			.path("arrivals.fromWuhan").asLong()).isEqualTo(3);
	}

	private static void assertRowsAddUp(JsonNode rollup) {
		Iterator<Map.Entry<String, JsonNode>> totals = rollup.path("totals").properties().iterator();
		while (totals.hasNext()) {
			Map.Entry<String, JsonNode> total = totals.next();
			long sum = 0;
			for (JsonNode row : rollup.path("rows")) {
				sum += row.path("figures").path(total.getKey()).asLong(0);
			}
			assertThat(sum).as("%s at %s", total.getKey(), rollup.path("place").path("code").asString())
				.isEqualTo(total.getValue().asLong());
		}
	}

	private static JsonNode row(JsonNode rollup, String code) {
		for (JsonNode row : rollup.path("rows")) {
			if (code == null ? row.path("code").isNull() : code.equals(row.path("code").asString())) {
				return row.path("figures");
			}
		}
		throw new AssertionError("no row " + code + " in " + rollup);
	}

	private static JsonNode figure(JsonNode report, String key) {
		for (JsonNode line : report.path("figures")) {
			if (line.path("key").asString().equals(key)) {
				return line;
			}
		}
		throw new AssertionError("no figure " + key + " in " + report);
	}

	private static Map<String, Object> submission(String unit, boolean zero, Map<String, Object> corrections) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", UUID.randomUUID().toString());
		body.put("unit", unit);
		body.put("zero", zero);
		body.put("reporterName", "李明");
		body.put("reporterPhone", "13800002222");
		body.put("corrections", corrections);
		return body;
	}

	private void place(String code, String name, String parent, String level) {
		Reply created = fx.post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", code, "name", name, "parentCode", parent, "level", level));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
	}

	private void arrival(String place, String origin) {
		LocalDate today = HealthFixtures.today();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value());
		person.put("name", "汇" + UUID.randomUUID().toString().substring(0, 4));
		person.put("jurisdictionCode", place);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", person);
		body.put("originCode", origin);
		body.put("arrivalDate", today.toString());
		body.put("transport", Map.of("mode", "TRAIN", "number", "G" + ThreadLocalRandom.current().nextInt(100, 9999)));
		body.put("contacts", List.of());
		Reply registered = fx.post("demo-county", "/api/v1/arrivals", body);
		if (registered.status() == 409) {
			arrival(place, origin);
			return;
		}
		assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
	}
}
