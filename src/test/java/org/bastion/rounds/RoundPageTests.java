package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.PageSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The rounds pages over HTTP with a signed-in session: open by form, tap outcomes, coverage, unvisited, export. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundPageTests extends RoundHttp {

	@Test
	void hqOpensARoundWithTheFormAndSeesItsCoverage() throws Exception {
		household(grid);
		PageSession county = PageSession.signIn(port, "demo-county");
		String form = county.get("/rounds").body();
		assertThat(form).contains("id=\"round-open\"");

		var opened = county.post("/rounds", Map.of("jurisdictionCode", village, "deadline",
				LocalDate.now().plusDays(2).toString(), "name", "第二轮排查测试", "clientId", "page-" + System.nanoTime()), form);
		assertThat(opened.statusCode()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/rounds/\\d+");

		String page = county.get(URI.create(location).getPath()).body();
		assertThat(page).contains("第二轮排查测试").contains("id=\"round-coverage\"").contains("coverage-" + grid)
			.contains("id=\"round-comparison\"");
		String fragment = county.fragment(URI.create(location).getPath() + "/coverage").body();
		assertThat(fragment).doesNotContain("<html").contains("id=\"figure-households\"").contains("every 10s");

		var refused = county.post("/rounds", Map.of("jurisdictionCode", village, "deadline", "not-a-date", "clientId", ""),
				"/rounds");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"round-deadline-error\"");
	}

	@Test
	void theGridWorkerTapsAnOutcomeAndTheCardIsRedrawn() throws Exception {
		String address = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		long visit = visitAt(allVisits("demo-grid", round, null), address);
		PageSession worker = PageSession.signIn(port, "demo-grid");
		String list = worker.get("/rounds/" + round + "/visits").body();
		// On the door list a tap redraws its card in place (htmx); only a door's own page leads on.
		assertThat(list).contains(address).contains("visit-" + visit + "-none")
			.contains("hx-post=\"/rounds/" + round + "/visits/" + visit + "\"").doesNotContain("name=\"then\"");

		var card = worker.postFragment("/rounds/" + round + "/visits/" + visit,
				Map.of("outcome", "VISITED_WITH_RETURNEES", "returnees", "2", "clientId", "page-visit-" + visit + "-0"), list);
		assertThat(card.body()).doesNotContain("<html").contains("visit-" + visit + "-register").contains("/arrivals/new?roundId=" + round);
		assertThat(get("demo-grid", "/api/v1/visits/" + visit).json().path("returnees").asInt()).isEqualTo(2);

		var again = worker.postFragment("/rounds/" + round + "/visits/" + visit, Map.of("outcome", "NOBODY_HOME"), list);
		assertThat(again.body()).contains("visit-error");
		var refusedWithoutNote = worker.post("/rounds/" + round + "/visits/" + visit, Map.of("outcome", "REFUSED"), list);
		assertThat(refusedWithoutNote.statusCode()).isEqualTo(302);
	}

	@Test
	void aTapOnADoorsOwnPageLeadsOnToTheNextDoorNamingTheOneMarkedForItsCorrection() throws Exception {
		String first = household(grid);
		String second = household(grid);
		long round = open(grid, LocalDate.now().plusDays(3)).json().path("id").asLong();
		List<JsonNode> all = allVisits("demo-grid", round, null);
		long visit = visitAt(all, first);
		long other = visitAt(all, second);
		PageSession worker = PageSession.signIn(port, "demo-grid");
		String door = "/rounds/" + round + "/visits/" + visit;
		String page = worker.get(door).body();
		assertThat(page).contains("name=\"then\" value=\"next\"").doesNotContain("hx-post=\"" + door + "\"");

		var marked = worker.post(door, Map.of("outcome", "VISITED_NO_RETURNEES", "then", "next", "clientId",
				PageSession.field(page, "clientId")), page);
		assertThat(marked.statusCode()).isEqualTo(302);
		String onward = URI.create(marked.headers().firstValue("Location").orElseThrow()).getRawPath();
		assertThat(onward).matches("/rounds/" + round + "/visits/\\d+").isNotEqualTo(door);
		assertThat(URI.create(marked.headers().firstValue("Location").orElseThrow()).getQuery()).isEqualTo("after=" + visit);
		assertThat(get("demo-grid", "/api/v1/visits/" + visit).json().path("status").asString())
			.isEqualTo("VISITED_NO_RETURNEES");
		String next = worker.get(onward + "?after=" + visit).body();
		assertThat(next).contains("id=\"visit-before\"").contains(first).contains("已走访·无返乡人员")
			.contains("href=\"" + door + "?jurisdiction=\"");

		// The same tap again (a phone that never heard back): stored once, and on to a next door all the same.
		var again = worker.post(door, Map.of("outcome", "VISITED_NO_RETURNEES", "then", "next", "clientId",
				PageSession.field(page, "clientId")), page);
		assertThat(again.headers().firstValue("Location").orElseThrow()).contains("?after=" + visit);
		assertThat(get("demo-grid", "/api/v1/visits/" + visit).json().path("attempts").asInt()).isEqualTo(1);

		// A door already done refuses another outcome: back to its own page, with the reason there.
		var refused = worker.post(door, Map.of("outcome", "NOBODY_HOME", "then", "next", "clientId", "page-again-" + visit),
				page);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(door);
		assertThat(worker.get(door).body()).contains("id=\"visit-error\"").contains("data-offline-refusal");

		// Returnees at the door: its page stays, with the way to the arrival form.
		String otherDoor = "/rounds/" + round + "/visits/" + other;
		var returnees = worker.post(otherDoor, Map.of("outcome", "VISITED_WITH_RETURNEES", "returnees", "1", "then", "next"),
				otherDoor);
		assertThat(returnees.headers().firstValue("Location").orElseThrow()).endsWith(otherDoor);
		assertThat(worker.get(otherDoor).body()).contains("visit-" + other + "-register");
	}

	@Test
	void theUnvisitedHouseholdsAreListedAndExportedAsALedger() throws Exception {
		String waiting = household(grid);
		String done = household(grid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		mark("demo-grid", visitAt(allVisits("demo-grid", round, null), done), "VISITED_NO_RETURNEES", null, null, null);
		PageSession county = PageSession.signIn(port, "demo-county");

		String page = county.get("/rounds/" + round + "/unvisited?jurisdiction=" + grid).body();
		assertThat(page).contains(waiting).doesNotContain(done);

		HttpResponse<byte[]> xlsx = county.getBytes("/rounds/" + round + "/unvisited.xlsx?jurisdiction=" + grid);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			List<String> addresses = rows.stream().map(row -> row.getCellText(1)).toList();
			assertThat(addresses).contains(waiting).doesNotContain(done);
		}
	}

	@Test
	void aLeaderReadsTheRoundPageWithoutForms() throws Exception {
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		PageSession leader = PageSession.signIn(port, "demo-leader");
		assertThat(leader.get("/rounds").body()).doesNotContain("id=\"round-open\"").contains("round-" + round);
		String page = leader.get("/rounds/" + round).body();
		assertThat(page).contains("id=\"round-coverage\"").doesNotContain("round-close").doesNotContain("round-visits-link");
		JsonNode coverage = get("demo-leader", "/api/v1/screening-rounds/" + round + "/coverage").json();
		assertThat(coverage.path("node").path("jurisdictionCode").asString()).isEqualTo(village);
	}
}
