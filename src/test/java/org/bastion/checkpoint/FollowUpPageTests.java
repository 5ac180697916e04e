package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.checkpoint.FollowUpApiTests.heading;
import static org.bastion.checkpoint.PassageApiTests.occupant;
import static org.bastion.checkpoint.PassageApiTests.passage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The follow-ups' pages: the township's fevers with the phone to call and what was done, the grid's hand-overs
 * opening the arrival form filled from the roadside, closed by the arrival it registers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpPageTests {

	@LocalServerPort
	int port;

	@Test
	void theTownshipDealsWithAFeverAndTheGridRegistersTheArrivalFromTheHandOver() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		FollowUpApiTests.designateOriginsCity(fx);
		String grid = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		long checkpoint = fx.post("demo-township", "/api/v1/checkpoints", CheckpointApiTests.checkpoint(
				"页面卡点" + CheckpointApiTests.suffix(), HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER")).json().path("id").asLong();
		String name = "页" + UUID.randomUUID().toString().substring(0, 6);
		Reply stored = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages",
				passage("鄂D54321", "REFERRED_FEVER_CLINIC", heading(occupant(name, null, "13912345678", 38.2), grid)));
		assertThat(stored.status()).as(stored.json().toString()).isEqualTo(201);
		long fever = newest(fx, "demo-township", "FEVER").path("id").asLong();
		long handOver = newest(fx, "demo-grid", "HAND_OVER").path("id").asLong();

		PageSession township = PageSession.signIn(port, "demo-township");
		assertThat(township.get("/checkpoints/fevers").body()).contains(name, "/checkpoints/follow-ups/" + fever)
			.doesNotContain("13912345678");
		String page = township.get("/checkpoints/follow-ups/" + fever).body();
		assertThat(page).contains("href=\"tel:13912345678\"", "38.2", "湖北省荆州市", "处置完毕");
		var blank = township.post("/checkpoints/follow-ups/" + fever + "/close", Map.of("note", " "), page);
		assertThat(blank.headers().firstValue("Location").orElseThrow()).endsWith("/checkpoints/follow-ups/" + fever);
		assertThat(township.get("/checkpoints/follow-ups/" + fever).body()).contains("请写明处理结果");
		var closed = township.post("/checkpoints/follow-ups/" + fever + "/close", Map.of("note", "复测体温正常"), page);
		assertThat(closed.headers().firstValue("Location").orElseThrow()).endsWith("/checkpoints/fevers");
		assertThat(township.get("/checkpoints/fevers").body()).contains("已记下处置结果。").doesNotContain(name);
		assertThat(township.get("/checkpoints/fevers?status=closed").body()).contains(name, "复测体温正常");

		PageSession gridWorker = PageSession.signIn(port, "demo-grid");
		assertThat(gridWorker.get("/").body()).contains("id=\"home-waiting-checkpoint-hand-overs\"");
		assertThat(gridWorker.get("/checkpoints/hand-overs").body()).contains(name);
		assertThat(gridWorker.get("/checkpoints/follow-ups/" + handOver).body())
			.contains("/arrivals/new?handOverId=" + handOver);
		String form = gridWorker.get("/arrivals/new?handOverId=" + handOver).body();
		assertThat(form).contains("id=\"arrival-found-hand-over\"").contains("value=\"" + name + "\"")
			.contains("value=\"鄂D54321\"");
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : new String[] { "name", "phone", "jurisdictionCode", "originCode", "arrivalDate", "transportMode",
				"plate", "clientId", "handOverId" }) {
			fields.put(field, PageSession.field(form, field));
		}
		assertThat(fields).containsEntry("handOverId", String.valueOf(handOver)).containsEntry("originCode", "421002")
			.containsEntry("jurisdictionCode", grid).containsEntry("phone", "13912345678");
		fields.put("idNumber", HealthFixtures.freshIdNumber());
		var registered = gridWorker.post("/arrivals", fields, form);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		JsonNode done = fx.get("demo-grid", "/api/v1/passage-follow-ups/" + handOver).json();
		assertThat(done.path("open").asBoolean()).isFalse();
		assertThat(done.path("arrivalId").isNumber()).isTrue();
	}

	/** The newest open follow-up of a kind the user sees: the one the test's passage just opened. */
	private static JsonNode newest(HealthFixtures fx, String user, String kind) {
		return fx.get(user, "/api/v1/passage-follow-ups?kind=" + kind + "&limit=1").json().path("items").get(0);
	}
}
