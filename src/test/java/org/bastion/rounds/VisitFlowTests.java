package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A grid worker's visits that run on: the next household after a door, within their own grid, and an
 * outcome marked by mistake corrected while the round is open, with its history and the coverage following.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitFlowTests extends RoundHttp {

	@Test
	void theNextHouseholdIsTheNextDoorStillToVisitInTheWorkersGrid() throws Exception {
		String first = household(grid);
		String second = household(grid);
		String third = household(grid);
		household(siblingGrid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		List<JsonNode> mine = allVisits("demo-grid", round, null);
		long one = visitAt(mine, first);
		long two = visitAt(mine, second);
		long three = visitAt(mine, third);
		List<Long> gridVisits = mine.stream().map(v -> v.path("id").asLong()).toList();

		assertThat(next("demo-grid", one).path("id").asLong()).isEqualTo(two);
		mark("demo-grid", two, "NOBODY_HOME", null, null, null);
		assertThat(next("demo-grid", one).path("id").asLong()).isEqualTo(three);
		for (JsonNode visit : mine) {
			long id = visit.path("id").asLong();
			if (id != two) {
				mark("demo-grid", id, "VISITED_NO_RETURNEES", null, null, null);
			}
		}
		// Only the door where nobody was home is left: the revisit.
		assertThat(next("demo-grid", three).path("id").asLong()).isEqualTo(two);
		assertThat(get("demo-grid", "/api/v1/visits/" + two + "/next").status()).isEqualTo(204);
		JsonNode villageNext = next("demo-village", three);
		assertThat(villageNext.path("jurisdictionCode").asString()).isEqualTo(siblingGrid);
		assertThat(gridVisits).doesNotContain(villageNext.path("id").asLong());

		PageSession worker = PageSession.signIn(port, "demo-grid");
		var onward = worker.get("/rounds/" + round + "/visits/" + three + "/next");
		assertThat(onward.statusCode()).isEqualTo(302);
		assertThat(onward.headers().firstValue("Location").orElseThrow()).endsWith("/rounds/" + round + "/visits/" + two);
		String door = worker.get("/rounds/" + round + "/visits/" + two).body();
		assertThat(door).contains(second).contains("visit-" + two + "-none").contains("id=\"visit-" + two + "-next\"")
			.contains("id=\"visit-" + two + "-count\"").contains("id=\"visit-" + two + "-fix-note\"");
		var done = worker.get("/rounds/" + round + "/visits/" + two + "/next");
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/rounds/" + round + "/visits");
		assertThat(worker.get("/rounds/" + round + "/visits").body()).contains("id=\"visits-notice\"");

		var card = worker.postFragment("/rounds/" + round + "/visits/" + two,
				Map.of("outcome", "VISITED_NO_RETURNEES", "clientId", "page-visit-" + two + "-1"), door);
		assertThat(card.body()).contains("id=\"visit-" + two + "-next\"").doesNotContain("id=\"visit-" + two + "-count\"")
			.contains("id=\"visit-" + two + "-fix-note\"");
	}

	@Test
	void aVisitMarkedByMistakeIsCorrectedWithItsHistoryUntilTheRoundCloses() throws Exception {
		String address = household(grid);
		String untouched = household(grid);
		String neighbour = household(siblingGrid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		List<JsonNode> visits = allVisits("demo-grid", round, null);
		long visit = visitAt(visits, address);
		long pending = visitAt(visits, untouched);
		mark("demo-grid", visit, "VISITED_NO_RETURNEES", null, null, null);
		JsonNode before = gridRow(round);

		Reply corrected = post("demo-grid", "/api/v1/visits/" + visit + "/correction",
				Map.of("outcome", "VISITED_WITH_RETURNEES", "returnees", 2, "note", "记错了", "clientId", "fix-" + visit));
		assertThat(corrected.status()).as(corrected.json().toString()).isEqualTo(200);
		assertThat(corrected.json().path("visit").path("status").asString()).isEqualTo("VISITED_WITH_RETURNEES");
		assertThat(corrected.json().path("visit").path("returnees").asInt()).isEqualTo(2);
		assertThat(corrected.json().path("visit").path("attempts").asInt()).isEqualTo(1);
		Reply replayed = post("demo-grid", "/api/v1/visits/" + visit + "/correction",
				Map.of("outcome", "VISITED_WITH_RETURNEES", "returnees", 2, "clientId", "fix-" + visit));
		assertThat(replayed.json().path("replayed").asBoolean()).isTrue();

		JsonNode after = gridRow(round);
		assertThat(after.path("withReturnees").asLong()).isEqualTo(before.path("withReturnees").asLong() + 1);
		assertThat(after.path("visited").asLong()).isEqualTo(before.path("visited").asLong());
		JsonNode history = get("demo-grid", "/api/v1/visits/" + visit + "/history").json().path("items");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).path("outcome").asString()).isEqualTo("VISITED_NO_RETURNEES");
		assertThat(history.get(0).path("corrects").isNull()).isTrue();
		assertThat(history.get(1).path("outcome").asString()).isEqualTo("VISITED_WITH_RETURNEES");
		assertThat(history.get(1).path("corrects").asString()).isEqualTo("VISITED_NO_RETURNEES");
		assertThat(history.get(1).path("recordedByName").asString()).isEqualTo("网格员 刘洋");
		assertThat(history.get(1).path("note").asString()).isEqualTo("记错了");

		PageSession worker = PageSession.signIn(port, "demo-grid");
		String page = worker.get("/rounds/" + round + "/visits/" + visit).body();
		assertThat(page).contains("id=\"visit-history\"").contains("改正：已走访·无返乡人员 → 有返乡人员")
			.contains("visit-" + visit + "-fix-NOBODY_HOME").doesNotContain("visit-" + visit + "-fix-VISITED_WITH_RETURNEES");
		var pageFix = worker.postFragment("/rounds/" + round + "/visits/" + visit + "/correction",
				Map.of("outcome", "NOBODY_HOME", "clientId", "page-fix-" + visit), page);
		assertThat(pageFix.body()).contains("无人在家·待复访").contains("id=\"visit-" + visit + "-next\"");
		assertThat(gridRow(round).path("withReturnees").asLong()).isEqualTo(before.path("withReturnees").asLong());

		assertThat(post("demo-grid", "/api/v1/visits/" + visit + "/correction", Map.of("outcome", "NOBODY_HOME")).status())
			.isEqualTo(409);
		assertThat(post("demo-grid", "/api/v1/visits/" + pending + "/correction", Map.of("outcome", "REFUSED", "note", "x"))
			.json().path("detail").asString()).contains("没有可改正");
		long elsewhere = visitAt(allVisits("demo-county", round, siblingGrid), neighbour);
		mark("demo-village", elsewhere, "VISITED_NO_RETURNEES", null, null, null);
		assertThat(post("demo-grid", "/api/v1/visits/" + elsewhere + "/correction", Map.of("outcome", "NOBODY_HOME"))
			.status()).isEqualTo(404);
		assertThat(get("demo-grid", "/api/v1/visits/" + elsewhere + "/history").status()).isEqualTo(404);

		assertThat(post("demo-county", "/api/v1/screening-rounds/" + round + "/close", Map.of()).status()).isEqualTo(200);
		Reply closed = post("demo-grid", "/api/v1/visits/" + visit + "/correction",
				Map.of("outcome", "VISITED_NO_RETURNEES"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.json().path("detail").asString()).contains("本轮摸排已结束");
		assertThat(worker.get("/rounds/" + round + "/visits/" + visit).body()).doesNotContain("visit-" + visit + "-fix-");
	}

	private JsonNode next(String user, long visit) {
		Reply reply = get(user, "/api/v1/visits/" + visit + "/next");
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
		return reply.json();
	}
}
