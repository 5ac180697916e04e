package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Round N against N−1 over the same grid, with arrivals registered through the arrivals API during
 * each round: the per-village figures and the persons newly found in the second round.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundComparisonTests extends RoundHttp {

	@Test
	void theSecondRoundIsComparedWithTheFirstPerVillage() {
		household(grid);
		long first = open(grid, LocalDate.now().plusDays(3)).json().path("id").asLong();
		String knownId = randomIdNumber();
		arrival(knownId, first, LocalDate.now().minusDays(10));
		long second = open(grid, LocalDate.now().plusDays(3)).json().path("id").asLong();
		String missedId = randomIdNumber();
		arrival(missedId, second, LocalDate.now().minusDays(12));
		arrival(randomIdNumber(), second, LocalDate.now().minusDays(5));
		// Found again in the second round on a later trip: counted in both, not newly found.
		arrival(knownId, second, LocalDate.now().minusDays(2));

		Reply reply = get("demo-county", "/api/v1/screening-rounds/" + second + "/comparison");

		assertThat(reply.status()).isEqualTo(200);
		JsonNode comparison = reply.json();
		assertThat(comparison.path("previousRoundId").asLong()).isEqualTo(first);
		assertThat(comparison.path("returnees").asLong()).isEqualTo(3);
		assertThat(comparison.path("previousReturnees").asLong()).isEqualTo(1);
		JsonNode row = comparison.path("villages").get(0);
		assertThat(row.path("code").asString()).isEqualTo(village);
		assertThat(row.path("returnees").asLong()).isEqualTo(3);
		assertThat(row.path("previousReturnees").asLong()).isEqualTo(1);
		assertThat(comparison.path("newlyFoundCount").asLong()).isEqualTo(2);
		assertThat(comparison.path("newlyFound")).hasSize(2);

		JsonNode firstRound = get("demo-grid", "/api/v1/screening-rounds/" + first + "/comparison").json();
		assertThat(firstRound.path("number").asInt()).isEqualTo(comparison.path("number").asInt() - 1);
		assertThat(firstRound.path("newlyFoundCount").asLong()).isEqualTo(1);
	}

	private void arrival(String idNumber, long round, LocalDate arrivalDate) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", idNumber);
		// One name per number: an ID number sent with another name is refused as somebody else's.
		person.put("name", "返" + idNumber.substring(10));
		person.put("jurisdictionCode", grid);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", person);
		body.put("originCode", "420100");
		body.put("arrivalDate", arrivalDate.toString());
		body.put("transport", Map.of("mode", "OTHER"));
		body.put("roundId", round);
		Reply reply = post("demo-grid", "/api/v1/arrivals", body);
		assertThat(reply.status()).as(String.valueOf(reply.json())).isIn(200, 201);
	}
}
