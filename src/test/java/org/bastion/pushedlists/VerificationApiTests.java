package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A grid worker verifies the entries dispatched to their grid, and only those. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationApiTests {

	@LocalServerPort
	int port;

	private PushedListClient api;

	@BeforeEach
	void client() {
		api = new PushedListClient(port);
	}


	@Test
	void aGridWorkerVerifiesTheirEntryOnceAndCannotTouchOthers() {
		String name = "验" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		JsonNode list = listWithOneForTheDemoGrid(name);
		JsonNode entries = api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries");
		long mine = entries.get(0).path("id").asLong();
		long elsewhere = entries.get(1).path("id").asLong();

		JsonNode open = api.items("demo-grid", "/api/v1/list-entries");
		assertThat(open.findValuesAsString("name")).contains(name);
		assertThat(open.findValues("id").stream().map(JsonNode::asLong)).contains(mine).doesNotContain(elsewhere);

		Map<String, Object> body = Map.of("outcome", "NEWLY_FOUND", "route", "PASSED_THROUGH_RISK_AREA", "note", "在家",
				"clientId", "c-" + mine);
		ResponseEntity<JsonNode> first = verify("demo-grid", mine, body);
		assertThat(first.getStatusCode().value()).isEqualTo(200);
		assertThat(first.getBody().path("outcome").asString()).isEqualTo("NEWLY_FOUND");
		assertThat(first.getBody().path("verifiedBy").asString()).isEqualTo("demo-grid");
		assertThat(first.getBody().path("verifiedByName").asString()).isEqualTo("网格员 刘洋");
		String at = first.getBody().path("verifiedAt").asString();

		ResponseEntity<JsonNode> again = verify("demo-grid", mine, body);
		assertThat(again.getStatusCode().value()).isEqualTo(200);
		assertThat(again.getBody().path("verifiedAt").asString()).isEqualTo(at);
		assertThat(again.getBody().path("verifiedByName").asString()).isEqualTo("网格员 刘洋");
		JsonNode verifiedOne = api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries")
			.get(0);
		assertThat(verifiedOne.path("id").asLong()).isEqualTo(mine);
		assertThat(verifiedOne.path("verifiedByName").asString()).isEqualTo("网格员 刘洋");
		assertThat(api.items("demo-grid", "/api/v1/list-entries").findValues("id").stream().map(JsonNode::asLong))
			.doesNotContain(mine);

		assertThat(verify("demo-grid", elsewhere, Map.of("outcome", "NOT_LIVING_HERE")).getStatusCode().value())
			.isEqualTo(404);
		assertThat(verify("demo-leader", mine, Map.of("outcome", "NOT_LIVING_HERE")).getStatusCode().value())
			.isEqualTo(403);

		JsonNode after = api.get("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong());
		assertThat(after.path("uploadedBy").asString()).isEqualTo("demo-county");
		assertThat(after.path("uploadedByName").asString()).isEqualTo("县指挥部 李明");
		assertThat(after.path("outcomes").path("NEWLY_FOUND").asLong()).isEqualTo(1);
		assertThat(after.path("outcomes").path("OPEN").asLong()).isEqualTo(1);
		JsonNode progress = api.get("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/progress");
		assertThat(progress.path("total").path("verified").asLong()).isEqualTo(1);

		ResponseEntity<byte[]> result = api.client("demo-county").get()
			.uri("/api/v1/pushed-lists/{id}/result.xlsx", list.path("id").asLong())
			.retrieve()
			.toEntity(byte[].class);
		assertThat(result.getStatusCode().value()).isEqualTo(200);
		assertThat(result.getBody()).startsWith('P', 'K');
		// The result file names the verifier by name, not by login.
		List<List<String>> returned = TabularFile.readAll(new ByteArrayInputStream(result.getBody()))
			.stream()
			.map(TabularFile.Line::cells)
			.toList();
		assertThat(returned).anySatisfy(cells -> assertThat(cells).contains(name, "网格员 刘洋"));
		assertThat(returned).noneSatisfy(cells -> assertThat(cells).contains("demo-grid"));
	}

	/** The list's counts are kept as verdicts come in: a correction moves the entry from its old outcome. */
	@Test
	void eachVerdictMovesTheListsCountsAndACorrectionMovesThemBack() {
		long list = listWithOneForTheDemoGrid("计" + ThreadLocalRandom.current().nextInt(100_000, 999_999)).path("id")
			.asLong();
		long mine = api.items("demo-county", "/api/v1/pushed-lists/" + list + "/entries").get(0).path("id").asLong();
		JsonNode before = api.get("demo-county", "/api/v1/pushed-lists/" + list).path("outcomes");
		assertThat(before.path("OPEN").asLong()).isEqualTo(2);
		assertThat(before.path("NEWLY_FOUND").asLong()).isZero();

		assertThat(verify("demo-grid", mine, Map.of("outcome", "NEWLY_FOUND", "route", "NO_RISK_AREA"))
			.getStatusCode().value()).isEqualTo(200);
		JsonNode found = api.get("demo-county", "/api/v1/pushed-lists/" + list).path("outcomes");
		assertThat(found.path("OPEN").asLong()).isEqualTo(1);
		assertThat(found.path("NEWLY_FOUND").asLong()).isEqualTo(1);

		assertThat(verify("demo-grid", mine, Map.of("outcome", "NOT_LIVING_HERE")).getStatusCode().value())
			.isEqualTo(200);
		JsonNode corrected = api.get("demo-county", "/api/v1/pushed-lists/" + list).path("outcomes");
		assertThat(corrected.path("OPEN").asLong()).isEqualTo(1);
		assertThat(corrected.path("NEWLY_FOUND").asLong()).isZero();
		assertThat(corrected.path("NOT_LIVING_HERE").asLong()).isEqualTo(1);
		// The grid's village cadre sees their own part of the county's list: the grid's one entry, verified.
		JsonNode gridsPart = api.get("demo-village", "/api/v1/pushed-lists/" + list).path("outcomes");
		assertThat(gridsPart.path("OPEN").asLong()).isZero();
		assertThat(gridsPart.path("NOT_LIVING_HERE").asLong()).isEqualTo(1);
		JsonNode progress = api.get("demo-county", "/api/v1/pushed-lists/" + list + "/progress");
		assertThat(progress.path("total").path("entries").asLong()).isEqualTo(2);
		assertThat(progress.path("total").path("verified").asLong()).isEqualTo(1);
		assertThat(progress.path("total").path("overdue").asLong()).isZero();
	}

	@Test
	void aFoundPersonNeedsARouteAndAnOutcomeIsRequired() {
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String id = api.uniqueId();
		String name = "路" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		api.register(id, name, null, grid);
		JsonNode list = api.uploadAndWait("demo-county", "route.csv",
				"姓名,身份证号\n%s,%s\n".formatted(name, id).getBytes(StandardCharsets.UTF_8), null);
		long entry = api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries").get(0)
			.path("id").asLong();
		ResponseEntity<JsonNode> noRoute = verify("demo-grid", entry, Map.of("outcome", "ALREADY_KNOWN"));
		assertThat(noRoute.getStatusCode().value()).isEqualTo(400);
		assertThat(noRoute.getBody().path("violations").findValuesAsString("field")).contains("route");
		ResponseEntity<JsonNode> noOutcome = verify("demo-grid", entry, Map.of("note", "x"));
		assertThat(noOutcome.getStatusCode().value()).isEqualTo(400);
		assertThat(noOutcome.getBody().path("violations").findValuesAsString("field")).contains("outcome");
	}

	/** A grid moved under another place takes the entries sent to it, and their counts, along. */
	@Test
	void aGridMovedToAnotherPlaceTakesItsListEntriesAlong() {
		JsonNode mine = api.get("demo-grid", "/api/v1/jurisdictions").path("items").get(0);
		String grid = mine.path("code").asString();
		String village = mine.path("parentCode").asString();
		String moving = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		ResponseEntity<JsonNode> created = api.client("demo-county").post()
			.uri("/api/v1/jurisdictions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", moving, "name", "迁组" + moving.substring(1, 5), "parentCode", village, "level", "GRID"))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		String idNumber = api.uniqueId();
		String name = "迁" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		api.register(idNumber, name, null, moving);
		String csv = "姓名,身份证号\n%s,%s\n".formatted(name, idNumber);
		long list = api.uploadAndWait("demo-county", "moves.csv", csv.getBytes(StandardCharsets.UTF_8), null)
			.path("id").asLong();
		assertThat(api.items("demo-grid", "/api/v1/list-entries").findValuesAsString("name")).doesNotContain(name);

		assertThat(api.client("demo-county").post()
			.uri("/api/v1/jurisdictions/{code}/move", moving)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("parentCode", grid))
			.retrieve()
			.toEntity(JsonNode.class)
			.getStatusCode()
			.value()).isEqualTo(200);

		// The move reaches the lists after it commits, as an event.
		await("the moved grid's entry on the new parent's worker's list").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.items("demo-grid", "/api/v1/list-entries").findValuesAsString("name"))
				.contains(name));
		JsonNode progress = api.get("demo-county", "/api/v1/pushed-lists/" + list + "/progress?jurisdiction=" + grid);
		assertThat(progress.path("total").path("entries").asLong()).isEqualTo(1);
	}

	/** A two-row list from the county: a person of the demo grid worker's grid, then a stranger for 古宋镇. */
	private JsonNode listWithOneForTheDemoGrid(String name) {
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String inGrid = api.uniqueId();
		api.register(inGrid, name, null, grid);
		String csv = "姓名,身份证号,所属乡镇\n%s,%s,\n外人,%s,古宋镇\n".formatted(name, inGrid, api.uniqueId());
		return api.uploadAndWait("demo-county", "list.csv", csv.getBytes(StandardCharsets.UTF_8), null);
	}

	ResponseEntity<JsonNode> verify(String user, long entry, Map<String, Object> body) {
		return api.client(user).post()
			.uri("/api/v1/list-entries/{id}/verification", entry)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}
}
