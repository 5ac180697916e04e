package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Screening rounds over HTTP against the whole application with the demo county loaded. Each test adds
 * its own households to the demo grid worker's grid (and a sibling grid) and opens its own round, so
 * that the figures asserted on are the test's own even in a shared database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundApiTests extends RoundHttp {

	@Test
	void openingARoundOverAVillageMakesOneVisitPerHousehold() {
		List<String> mine = List.of(household(grid), household(grid), household(siblingGrid));
		Reply opened = open(village, LocalDate.now().plusDays(3));

		assertThat(opened.status()).isEqualTo(201);
		long round = opened.json().path("id").asLong();
		int households = opened.json().path("households").asInt();
		assertThat(opened.json().path("number").asInt()).isPositive();
		assertThat(opened.json().path("status").asString()).isEqualTo("OPEN");
		assertThat(opened.json().path("openedBy").asString()).isEqualTo("demo-county");
		assertThat(opened.json().path("openedByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(opened.json().path("closedByName").isNull()).isTrue();

		List<JsonNode> visits = allVisits("demo-county", round, null);
		assertThat(visits).hasSize(households);
		assertThat(visits.stream().map(v -> v.path("householdId").asLong()).distinct()).hasSize(households);
		assertThat(visits).allMatch(v -> v.path("status").asString().equals("PENDING"));
		for (String address : mine) {
			assertThat(visits.stream().filter(v -> address.equals(v.path("address").asString()))).hasSize(1);
		}
		JsonNode coverage = get("demo-county", "/api/v1/screening-rounds/" + round + "/coverage").json();
		assertThat(coverage.path("node").path("households").asLong()).isEqualTo(households);
		assertThat(coverage.path("node").path("pending").asLong()).isEqualTo(households);
		assertThat(coverage.path("node").path("overdue").asLong()).isZero();
		long children = 0;
		for (JsonNode child : coverage.path("children")) {
			children += child.path("households").asLong();
		}
		assertThat(children).isEqualTo(households);

		Reply next = open(village, LocalDate.now().plusDays(3));
		assertThat(next.json().path("number").asInt()).isEqualTo(opened.json().path("number").asInt() + 1);
	}

	@Test
	void theGridWorkerSeesTheirGridOnlyAndCoverageFollowsTheirTaps() {
		String first = household(grid);
		String second = household(grid);
		String elsewhere = household(siblingGrid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();

		List<JsonNode> mine = allVisits("demo-grid", round, null);
		assertThat(mine).isNotEmpty().allMatch(v -> v.path("jurisdictionCode").asString().equals(grid));
		assertThat(mine).noneMatch(v -> elsewhere.equals(v.path("address").asString()));
		JsonNode before = gridRow(round);

		Reply visited = mark("demo-grid", visitAt(mine, first), "VISITED_NO_RETURNEES", null, null, null);
		assertThat(visited.status()).isEqualTo(200);
		assertThat(visited.json().path("visit").path("status").asString()).isEqualTo("VISITED_NO_RETURNEES");
		assertThat(visited.json().path("visit").path("visitedBy").asString()).isEqualTo("demo-grid");
		assertThat(visited.json().path("visit").path("visitedByName").asString()).isEqualTo("网格员 刘洋");
		assertThat(visited.json().path("visit").path("visitedAt").isNull()).isFalse();
		Reply withReturnees = mark("demo-grid", visitAt(mine, second), "VISITED_WITH_RETURNEES", 2, null, null);
		assertThat(withReturnees.json().path("visit").path("returnees").asInt()).isEqualTo(2);

		JsonNode after = gridRow(round);
		assertThat(after.path("visited").asLong()).isEqualTo(before.path("visited").asLong() + 2);
		assertThat(after.path("withReturnees").asLong()).isEqualTo(before.path("withReturnees").asLong() + 1);
		assertThat(after.path("pending").asLong()).isEqualTo(before.path("pending").asLong() - 2);
		JsonNode gridCoverage = get("demo-grid", "/api/v1/screening-rounds/" + round + "/coverage").json();
		assertThat(gridCoverage.path("node").path("jurisdictionCode").asString()).isEqualTo(grid);
		assertThat(gridCoverage.path("node").path("visited").asLong()).isEqualTo(after.path("visited").asLong());

		List<JsonNode> pendingFirst = allVisits("demo-grid", round, null);
		assertThat(pendingFirst.getFirst().path("status").asString()).isEqualTo("PENDING");
		assertThat(pendingFirst.getLast().path("status").asString()).startsWith("VISITED");
		assertThat(pendingFirst.getLast().path("visitedByName").asString()).isEqualTo("网格员 刘洋");
		assertThat(pendingFirst.getFirst().path("visitedByName").isNull()).isTrue();
	}

	@Test
	void aWorkerOfAnotherGridGetsNotFound() {
		String elsewhere = household(siblingGrid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		long visit = visitAt(allVisits("demo-county", round, siblingGrid), elsewhere);

		assertThat(mark("demo-grid", visit, "VISITED_NO_RETURNEES", null, null, null).status()).isEqualTo(404);
		assertThat(get("demo-grid", "/api/v1/visits/" + visit).status()).isEqualTo(404);
		assertThat(get("demo-grid", "/api/v1/screening-rounds/" + round + "/coverage?jurisdiction=" + siblingGrid).status())
			.isEqualTo(404);
		assertThat(mark("demo-village", visit, "VISITED_NO_RETURNEES", null, null, null).status()).isEqualTo(200);
	}

	@Test
	void aRetriedTapWithTheSameClientIdIsStoredOnce() {
		String address = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		long visit = visitAt(allVisits("demo-grid", round, null), address);
		String clientId = UUID.randomUUID().toString();

		Reply first = mark("demo-grid", visit, "NOBODY_HOME", null, null, clientId);
		Reply again = mark("demo-grid", visit, "NOBODY_HOME", null, null, clientId);

		assertThat(first.json().path("replayed").asBoolean()).isFalse();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		assertThat(again.json().path("visit").path("attempts").asInt()).isEqualTo(1);
	}

	@Test
	void nobodyHomeMayBeRevisitedButVisitedAndRefusedAreFinalUntilHqReopens() {
		String address = household(grid);
		String refusing = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		List<JsonNode> visits = allVisits("demo-grid", round, null);
		long visit = visitAt(visits, address);

		assertThat(mark("demo-grid", visit, "NOBODY_HOME", null, null, null).status()).isEqualTo(200);
		Reply revisit = mark("demo-grid", visit, "VISITED_NO_RETURNEES", null, null, null);
		assertThat(revisit.json().path("visit").path("attempts").asInt()).isEqualTo(2);
		Reply again = mark("demo-grid", visit, "NOBODY_HOME", null, null, null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("existing").path("status").asString()).isEqualTo("VISITED_NO_RETURNEES");

		long refusal = visitAt(visits, refusing);
		Reply noNote = mark("demo-grid", refusal, "REFUSED", null, " ", null);
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.json().path("violations").get(0).path("field").asString()).isEqualTo("note");
		assertThat(mark("demo-grid", refusal, "REFUSED", null, "不开门", null).status()).isEqualTo(200);
		assertThat(mark("demo-grid", refusal, "VISITED_NO_RETURNEES", null, null, null).status()).isEqualTo(409);

		assertThat(post("demo-grid", "/api/v1/visits/" + refusal + "/reopen", Map.of()).status()).isEqualTo(403);
		Reply reopened = post("demo-county", "/api/v1/visits/" + refusal + "/reopen", Map.of());
		assertThat(reopened.json().path("status").asString()).isEqualTo("PENDING");
		assertThat(mark("demo-grid", refusal, "VISITED_NO_RETURNEES", null, null, null).status()).isEqualTo(200);
	}

	@Test
	void badOutcomesAreRefusedWithTheFieldNamed() {
		String address = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		long visit = visitAt(allVisits("demo-grid", round, null), address);

		Reply unknown = post("demo-grid", "/api/v1/visits/" + visit, Map.of("outcome", "MAYBE"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("violations").get(0).path("field").asString()).isEqualTo("outcome");
		Reply missing = post("demo-grid", "/api/v1/visits/" + visit, Map.of());
		assertThat(missing.status()).isEqualTo(400);
		Reply countWithoutReturnees = mark("demo-grid", visit, "VISITED_NO_RETURNEES", 3, null, null);
		assertThat(countWithoutReturnees.status()).isEqualTo(400);
		assertThat(countWithoutReturnees.json().path("violations").get(0).path("field").asString()).isEqualTo("returnees");
		assertThat(get("demo-grid", "/api/v1/screening-rounds/" + round + "/visits?status=SOMETIMES").status()).isEqualTo(400);
		assertThat(get("demo-grid", "/api/v1/screening-rounds/" + round + "/visits?cursor=x").status()).isEqualTo(400);
	}

	@Test
	void visitsAreFilteredByStatusesCommaSeparatedOrRepeated() {
		String refusing = household(grid);
		String unreached = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		List<JsonNode> all = allVisits("demo-grid", round, null);
		long refusal = visitAt(all, refusing);
		long pending = visitAt(all, unreached);
		assertThat(mark("demo-grid", refusal, "REFUSED", null, "不开门", null).status()).isEqualTo(200);

		String visitsOf = "/api/v1/screening-rounds/" + round + "/visits?limit=200&status=";
		assertThat(ids(visitsOf + "REFUSED")).contains(refusal).doesNotContain(pending);
		assertThat(ids(visitsOf + "REFUSED,PENDING")).contains(refusal, pending);
		assertThat(ids(visitsOf + "REFUSED&status=PENDING")).contains(refusal, pending);
		assertThat(ids(visitsOf + "NOBODY_HOME")).doesNotContain(refusal, pending);
		Reply unknown = get("demo-grid", visitsOf + "REFUSED,SOMETIMES");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("violations").get(0).path("field").asString()).isEqualTo("status");
	}

	/** The ids of every page of a visits list. */
	private List<Long> ids(String uri) {
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		do {
			Reply page = get("demo-grid", uri + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).isEqualTo(200);
			page.json().path("items").forEach(v -> ids.add(v.path("id").asLong()));
			JsonNode next = page.json().path("nextCursor");
			cursor = next.isNull() || next.isMissingNode() ? null : next.asString();
		}
		while (cursor != null);
		return ids;
	}

	@Test
	void aClosedRoundTakesNoMoreOutcomes() {
		String address = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		long visit = visitAt(allVisits("demo-grid", round, null), address);

		assertThat(post("demo-grid", "/api/v1/screening-rounds/" + round + "/close", Map.of()).status()).isEqualTo(403);
		Reply closed = post("demo-county", "/api/v1/screening-rounds/" + round + "/close", Map.of());
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("closedBy").asString()).isEqualTo("demo-county");

		Reply late = mark("demo-grid", visit, "VISITED_NO_RETURNEES", null, null, null);
		assertThat(late.status()).isEqualTo(409);
	}

	@Test
	void pendingHouseholdsAreOverdueOnceTheDeadlineHasPassed() {
		household(grid);
		Reply opened = open(grid, LocalDate.now().minusDays(2));
		long round = opened.json().path("id").asLong();

		JsonNode coverage = get("demo-county", "/api/v1/screening-rounds/" + round + "/coverage").json();
		assertThat(coverage.path("pastDeadline").asBoolean()).isTrue();
		assertThat(coverage.path("node").path("overdue").asLong()).isEqualTo(opened.json().path("households").asLong());
		long visit = allVisits("demo-grid", round, null).getFirst().path("id").asLong();
		mark("demo-grid", visit, "VISITED_NO_RETURNEES", null, null, null);
		JsonNode after = get("demo-county", "/api/v1/screening-rounds/" + round + "/coverage").json();
		assertThat(after.path("node").path("overdue").asLong()).isEqualTo(opened.json().path("households").asLong() - 1);
	}

	@Test
	void onlyHqAndTownshipStaffOpenRoundsAndOnlyInTheirArea() {
		LocalDate deadline = LocalDate.now().plusDays(3);
		assertThat(post("demo-grid", "/api/v1/screening-rounds", opening(grid, deadline)).status()).isEqualTo(403);
		assertThat(post("demo-leader", "/api/v1/screening-rounds", opening(grid, deadline)).status()).isEqualTo(403);
		assertThat(post("demo-township", "/api/v1/screening-rounds", opening("511528101", deadline)).status()).isEqualTo(403);
		assertThat(post("demo-township", "/api/v1/screening-rounds", opening(village, deadline)).status()).isEqualTo(201);

		Reply unknown = post("demo-county", "/api/v1/screening-rounds", opening("999999999", deadline));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("violations").get(0).path("field").asString()).isEqualTo("jurisdictionCode");
		Reply noDeadline = post("demo-county", "/api/v1/screening-rounds", Map.of("jurisdictionCode", village));
		assertThat(noDeadline.json().path("violations").get(0).path("field").asString()).isEqualTo("deadline");
		Reply far = post("demo-county", "/api/v1/screening-rounds", opening(village, deadline.plusYears(3)));
		assertThat(far.json().path("violations").get(0).path("field").asString()).isEqualTo("deadline");
	}

	@Test
	void aRetriedOpeningOpensOneRound() {
		String key = UUID.randomUUID().toString();
		Reply first = post("demo-county", "/api/v1/screening-rounds", opening(grid, LocalDate.now()), key);
		Reply again = post("demo-county", "/api/v1/screening-rounds", opening(grid, LocalDate.now()), key);

		assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
		assertThat(again.json().path("number").asInt()).isEqualTo(first.json().path("number").asInt());
	}

	@Test
	void theRoundsListShowsACountyRoundToTheGridWorker() {
		long round = open("511528", LocalDate.now().plusDays(7)).json().path("id").asLong();

		JsonNode list = get("demo-grid", "/api/v1/screening-rounds").json().path("items");
		assertThat(list.valueStream().map(r -> r.path("id").asLong())).contains(round);
		assertThat(list.valueStream()
			.filter(r -> r.path("id").asLong() == round)
			.map(r -> r.path("openedByName").asString())).containsExactly("县指挥部 李明");
		assertThat(get("demo-grid", "/api/v1/screening-rounds/" + round).status()).isEqualTo(200);
		JsonNode coverage = get("demo-grid", "/api/v1/screening-rounds/" + round + "/coverage").json();
		assertThat(coverage.path("node").path("jurisdictionCode").asString()).isEqualTo(grid);
	}

	@Test
	void aGridMovedMidRoundTakesItsVisitsAlong() {
		String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Reply created = post("demo-county", "/api/v1/jurisdictions",
				Map.of("code", code, "name", "搬迁组" + code.substring(1, 5), "parentCode", village, "level", "GRID"));
		assertThat(created.status()).isEqualTo(201);
		household(code);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();

		assertThat(post("demo-county", "/api/v1/jurisdictions/" + code + "/move", Map.of("parentCode", siblingGrid))
			.status()).isEqualTo(200);

		// The move reaches the round's visits after it commits, as an event.
		JsonNode coverage = await("the moved grid's households in the round's coverage").atMost(Duration.ofSeconds(30))
			.until(() -> get("demo-county", "/api/v1/screening-rounds/" + round + "/coverage?jurisdiction=" + siblingGrid)
				.json(), c -> c.path("children").size() > 0 && c.path("children").get(0).path("households").asLong() > 0);
		assertThat(coverage.path("children").get(0).path("jurisdictionCode").asString()).isEqualTo(code);
		assertThat(coverage.path("children").get(0).path("households").asLong()).isEqualTo(1);
	}
}
