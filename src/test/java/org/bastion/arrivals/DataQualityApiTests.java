package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.arrival;
import static org.bastion.arrivals.ArrivalTestSupport.quietDay;
import static org.bastion.arrivals.ArrivalTestSupport.train;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bastion.arrivals.ArrivalTestSupport.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The data-quality counts and lists, on a day no other test registers arrivals for. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataQualityApiTests {

	@LocalServerPort
	int port;

	ArrivalTestSupport api;

	@BeforeEach
	void client() {
		api = new ArrivalTestSupport(port);
	}

	@Test
	void eachCheckCountsTheRecordsFailingItPerArea() {
		LocalDate day = quietDay();
		String village = ArrivalTestSupport.areaOf(api, "demo-village");
		Reply complete = api.post("demo-county", "/api/v1/arrivals",
				arrival(uniqueId(), uniqueName("全"), village, "510100", day, train("G1")));
		Map<String, Object> sparse = arrival(uniqueId(), uniqueName("缺"), village, "510100", day, train("G2"));
		sparse.remove("originAddress");
		sparse.remove("contacts");
		sparse.remove("temperature");
		Reply incomplete = api.post("demo-county", "/api/v1/arrivals", sparse);
		Map<String, Object> noId = arrival(null, uniqueName("无"), village, "510100", day, train("G3"));
		@SuppressWarnings("unchecked")
		Map<String, Object> person = (Map<String, Object>) noId.get("person");
		person.put("documentType", "PASSPORT");
		person.put("documentNumber", "E" + (10_000_000 + (int) (Math.random() * 80_000_000)));
		Reply passport = api.post("demo-county", "/api/v1/arrivals", noId);
		assertThat(List.of(complete.status(), incomplete.status(), passport.status())).containsOnly(201);

		Reply summary = api.get("demo-township", "/api/v1/arrivals/quality?jurisdiction=" + TOWNSHIP + "&from=" + day
				+ "&to=" + day);
		assertThat(summary.status()).isEqualTo(200);
		JsonNode total = summary.json().path("total");
		assertThat(total.path("arrivals").asLong()).isEqualTo(3);
		assertThat(total.path("failing").path("NO_VALID_ID").asLong()).isEqualTo(1);
		assertThat(total.path("failing").path("NO_ORIGIN_ADDRESS").asLong()).isEqualTo(1);
		assertThat(total.path("failing").path("NO_CONTACTS").asLong()).isEqualTo(1);
		assertThat(total.path("failing").path("NO_TEMPERATURE").asLong()).isEqualTo(1);
		JsonNode villageRow = null;
		for (JsonNode row : summary.json().path("areas")) {
			if (row.path("code").asString().equals(village)) {
				villageRow = row;
			}
		}
		assertThat(villageRow).isNotNull();
		assertThat(villageRow.path("arrivals").asLong()).isEqualTo(3);

		Reply failing = api.get("demo-township", "/api/v1/arrivals/quality/NO_CONTACTS?jurisdiction=" + TOWNSHIP
				+ "&from=" + day + "&to=" + day);
		List<Long> ids = new ArrayList<>();
		failing.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		assertThat(ids).containsExactly(incomplete.json().path("id").asLong());
		assertThat(api.get("demo-township", "/api/v1/arrivals/quality/NOT_A_CHECK").status()).isEqualTo(400);
	}
}
