package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.arrival;
import static org.bastion.arrivals.ArrivalTestSupport.car;
import static org.bastion.arrivals.ArrivalTestSupport.plateDigits;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.arrivals.ArrivalTestSupport.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Risk areas and the measures table over HTTP. Re-assessment works on the last 28 days, so these tests
 * use recent dates and a province (琼, Hainan) that no other test designates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiskAreaApiTests {

	@LocalServerPort
	int port;

	ArrivalTestSupport api;

	@BeforeEach
	void client() {
		api = new ArrivalTestSupport(port);
	}

	@Test
	void designatingAndEndingAnAreaReassessesRecentArrivalsAndKeepsTheirHistory() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate arrived = today.minusDays(3);
		Reply registered = api.post("demo-county", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("琼"), TOWNSHIP, "460105", arrived, car("琼A" + plateDigits())));
		assertThat(registered.status()).isEqualTo(201);
		long id = registered.json().path("id").asLong();
		String before = registered.json().path("riskLevel").asString();

		long area = api.designate("460105", "HIGH", arrived.minusDays(2), null);
		JsonNode high = api.get("demo-county", "/api/v1/arrivals/" + id).json();
		assertThat(high.path("riskLevel").asString()).isEqualTo("HIGH");
		assertThat(high.path("recommendedMeasure").asString()).isEqualTo("CENTRAL_ISOLATION");
		assertThat(high.path("history").get(0).path("oldLevel").asString()).isEqualTo(before);
		assertThat(high.path("history").get(0).path("newLevel").asString()).isEqualTo("HIGH");
		assertThat(high.path("history").get(0).path("cause").asString()).isEqualTo("DESIGNATED");

		Map<String, Object> end = new LinkedHashMap<>();
		end.put("to", arrived.minusDays(1).toString());
		Reply ended = api.post("demo-county", "/api/v1/risk-areas/" + area + "/end", end);
		assertThat(ended.status()).isEqualTo(200);
		assertThat(ended.json().path("arrivalsChanged").asInt()).isPositive();
		JsonNode after = api.get("demo-county", "/api/v1/arrivals/" + id).json();
		assertThat(after.path("riskLevel").asString()).isEqualTo(before);
		assertThat(after.path("history").size()).isEqualTo(2);
		assertThat(after.path("history").get(0).path("cause").asString()).isEqualTo("ENDED");
	}

	@Test
	void changingAnAreasLevelIsSeenOnTheArrival() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		// Clear of the other test's designation, which covers 5 and 4 days ago.
		LocalDate arrived = today.minusDays(10);
		long area = api.designate("469000", "LOW", arrived, arrived);
		Reply registered = api.post("demo-county", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("琼"), TOWNSHIP, "469001", arrived, car("琼B" + plateDigits())));
		assertThat(registered.json().path("riskLevel").asString()).isEqualTo("LOW");

		Map<String, Object> change = new LinkedHashMap<>();
		change.put("divisionCode", "469000");
		change.put("level", "MEDIUM");
		change.put("from", arrived.toString());
		change.put("to", arrived.toString());
		assertThat(api.put("demo-county", "/api/v1/risk-areas/" + area, change).status()).isEqualTo(200);
		JsonNode after = api.get("demo-county", "/api/v1/arrivals/" + registered.json().path("id").asLong()).json();
		assertThat(after.path("riskLevel").asString()).isEqualTo("MEDIUM");
		assertThat(after.path("history").get(0).path("cause").asString()).isEqualTo("CHANGED");
	}

	@Test
	void onlyHqKeepsRiskAreasAndBadDesignationsAreNamed() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("divisionCode", "460100");
		body.put("level", "HIGH");
		body.put("from", "2020-01-23");
		assertThat(api.post("demo-township", "/api/v1/risk-areas", body).status()).isEqualTo(403);
		assertThat(api.post("demo-leader", "/api/v1/risk-areas", body).status()).isEqualTo(403);

		body.put("divisionCode", "999999");
		body.put("to", "2020-01-01");
		Reply bad = api.post("demo-county", "/api/v1/risk-areas", body);
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		bad.json().path("violations").forEach(v -> fields.add(v.path("field").asString()));
		assertThat(fields).contains("divisionCode", "to");
		assertThat(api.get("demo-grid", "/api/v1/risk-areas").status()).isEqualTo(200);
	}

	@Test
	void theMeasuresTableIsReadByAllAndGuardedAgainstWeakFeverRules() {
		Reply table = api.get("demo-grid", "/api/v1/measures");
		assertThat(table.status()).isEqualTo(200);
		assertThat(table.json().path("rules").size()).isEqualTo(8);

		List<Map<String, Object>> rules = new ArrayList<>();
		table.json().path("rules").forEach(rule -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("riskLevel", rule.path("riskLevel").asString());
			row.put("fever", rule.path("fever").asBoolean());
			row.put("measure", rule.path("riskLevel").asString().equals("NONE") && rule.path("fever").asBoolean()
					? "HEALTH_MONITORING" : rule.path("measure").asString());
			rules.add(row);
		});
		assertThat(api.put("demo-township", "/api/v1/measures", Map.of("rules", rules)).status()).isEqualTo(403);
		Reply weak = api.put("demo-county", "/api/v1/measures", Map.of("rules", rules));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().path("violations").get(0).path("rule").asString()).isEqualTo("feverFloor");

		List<Map<String, Object>> same = new ArrayList<>();
		table.json().path("rules").forEach(rule -> same.add(Map.of("riskLevel", rule.path("riskLevel").asString(),
				"fever", rule.path("fever").asBoolean(), "measure", rule.path("measure").asString())));
		assertThat(api.put("demo-county", "/api/v1/measures", Map.of("rules", same)).status()).isEqualTo(200);
	}
}
