package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A verification answered on the phone leads to the next entry of the worker's own list, saying how many are left. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationNextTests {

	@LocalServerPort
	int port;

	@Test
	void aVerifiedEntryLeadsToTheNextOfTheWorkersListAndANewlyFoundOneToItsArrivalFirst() throws Exception {
		PushedListClient api = new PushedListClient(port);
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String name = "续" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		StringBuilder csv = new StringBuilder("姓名,身份证号,所属乡镇\n");
		for (int i = 0; i < 3; i++) {
			String id = PushedListClient.uniqueId();
			api.register(id, name + i, null, grid);
			csv.append(name).append(i).append(',').append(id).append(",\n");
		}
		csv.append("外人,").append(PushedListClient.uniqueId()).append(",古宋镇\n");
		JsonNode list = api.uploadAndWait("demo-county", "list.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
		JsonNode entries = api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries");
		List<Long> ids = entries.findValues("id").stream().map(JsonNode::asLong).sorted().toList();
		long first = ids.get(0);
		long second = ids.get(1);
		long third = ids.get(2);
		long elsewhere = ids.get(3);
		PageSession worker = PageSession.signIn(port, "demo-grid");

		String form = worker.get("/verification/" + first).body();
		var answered = worker.post("/verification/" + first, Map.of("outcome", "NOT_LIVING_HERE", "clientId",
				PageSession.field(form, "clientId")), form);
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("/verification/" + second);
		long left = api.items("demo-grid", "/api/v1/list-entries").size();
		String next = worker.get("/verification/" + second).body();
		assertThat(next).contains("id=\"entry-left\"").contains("还剩" + left + "条");

		var found = worker.post("/verification/" + second, Map.of("outcome", "NEWLY_FOUND", "route", "NO_RISK_AREA",
				"clientId", PageSession.field(next, "clientId")), next);
		assertThat(found.headers().firstValue("Location").orElseThrow()).endsWith("/verification/" + second + "?saved");
		String saved = worker.get("/verification/" + second + "?saved").body();
		assertThat(saved).contains("id=\"entry-register-arrival\"").contains("id=\"entry-next\"");
		var onward = worker.get("/verification/" + second + "/next");
		assertThat(onward.headers().firstValue("Location").orElseThrow()).endsWith("/verification/" + third)
			.doesNotEndWith("/" + elsewhere);

		String last = worker.get("/verification/" + third).body();
		var done = worker.post("/verification/" + third, Map.of("outcome", "BEYOND_PERIOD", "clientId",
				PageSession.field(last, "clientId")), last);
		assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotEndWith("/verification/" + elsewhere)
			.doesNotEndWith("/verification/" + first).doesNotEndWith("/verification/" + second);
		assertThat(worker.get("/verification/" + elsewhere).statusCode()).isEqualTo(404);
	}
}
