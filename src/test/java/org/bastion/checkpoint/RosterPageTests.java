package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The roster pages as a phone and a desk use them: the person on duty scans the site's poster and checks
 * in from the page it opens, asks from their shifts' page to hand one to a colleague, and the township
 * approves it on the roster page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterPageTests {

	@LocalServerPort
	int port;

	@Autowired
	CheckpointDatabase database;

	@Test
	void thePersonOnDutyChecksInFromTheScannedSitesPage() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		long checkpoint = checkpoint(fx);
		List<Long> pool = List.of(staff(fx), staff(fx), staff(fx), staff(fx));
		LocalDate today = HealthFixtures.today();
		Instant now = Instant.now();
		JsonNode current = StreamSupport.stream(generate(fx, checkpoint, today, pool).spliterator(), false)
			.filter(s -> !Instant.parse(s.path("startsAt").asString()).isAfter(now)
					&& Instant.parse(s.path("endsAt").asString()).isAfter(now))
			.findFirst().orElseThrow();
		String person = current.path("people").get(0).path("username").asString();
		String site = database.find(checkpoint, "/%").orElseThrow().siteCode();

		PageSession phone = PageSession.signIn(port, person);
		assertThat(phone.get("/checkpoints/site/" + site).statusCode()).isEqualTo(302);
		String page = phone.get("/checkpoints/" + checkpoint).body();
		assertThat(page).contains("id=\"duty-form\"").contains("到岗打卡");
		var done = phone.post("/my-shifts/duty", Map.of("siteCode", site), page);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/my-shifts");
		String mine = phone.get("/my-shifts").body();
		assertThat(mine).contains("id=\"duty-notice\"").contains("到岗打卡").contains("id=\"my-shift-" + current.path("id").asLong() + "\"");
		assertThat(phone.post("/my-shifts/duty", Map.of("siteCode", site), mine).statusCode()).isEqualTo(302);
		assertThat(phone.get("/my-shifts").body()).contains("打过卡了");
		assertThat(phone.post("/my-shifts/duty", Map.of("siteCode", "nope"), mine).statusCode()).isEqualTo(302);
		assertThat(phone.get("/my-shifts").body()).contains("id=\"duty-error\"");
	}

	@Test
	void aSwapAskedOnThePhoneIsApprovedOnTheRosterPage() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		long checkpoint = checkpoint(fx);
		List<Long> pool = List.of(staff(fx), staff(fx));
		LocalDate day = HealthFixtures.today().plusDays(80);
		JsonNode shifts = generate(fx, checkpoint, day, pool);
		JsonNode first = shifts.get(0);
		String person = first.path("people").get(0).path("username").asString();
		long colleague = shifts.get(1).path("people").get(0).path("userId").asLong();

		PageSession phone = PageSession.signIn(port, person);
		String mine = phone.get("/my-shifts").body();
		assertThat(mine).contains("id=\"swap-to-" + first.path("id").asLong() + "\"");
		phone.post("/shifts/" + first.path("id").asLong() + "/swaps", Map.of("toUserId", String.valueOf(colleague)), mine);
		assertThat(phone.get("/my-shifts").body()).contains("换班申请已提交");

		PageSession township = PageSession.signIn(port, "demo-township");
		String roster = township.get("/checkpoints/" + checkpoint + "/roster?week=" + day).body();
		assertThat(roster).contains("id=\"roster-swaps\"").contains("申请把班换给");
		String approve = roster.replaceAll("(?s).*id=\"(swap-\\d+)-approve\".*", "$1").substring(5);
		var decided = township.post("/swaps/" + approve + "/approve", Map.of(), roster);
		assertThat(decided.statusCode()).isEqualTo(302);
		// The colleague holds the night shift straight after: the rest rules refuse it, and the page says why.
		assertThat(township.get("/checkpoints/" + checkpoint + "/roster?week=" + day).body()).contains("id=\"roster-error\"")
			.contains("不能连上两班");
		township.post("/swaps/" + approve + "/refuse", Map.of(), roster);
		String after = township.get("/checkpoints/" + checkpoint + "/roster?week=" + day).body();
		assertThat(after).contains("已拒绝换班").doesNotContain("id=\"roster-swaps\"");
	}

	@Test
	void theTownshipsHomeCountsTheGapsOfItsArea() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		PageSession township = PageSession.signIn(port, "demo-township");
		long before = gapsOnHome(township);
		long checkpoint = checkpoint(fx);
		// One person for a day of two twelve-hour shifts: the night shift stays a gap.
		generate(fx, checkpoint, HealthFixtures.today().plusDays(90), List.of(staff(fx)));
		assertThat(gapsOnHome(township)).isEqualTo(before + 1);
		assertThat(township.get("/shift-gaps").body()).contains("缺带班人");
		assertThat(PageSession.signIn(port, "demo-grid").get("/").body()).doesNotContain("home-waiting-checkpoint-shift-gaps");
	}

	private static long gapsOnHome(PageSession session) throws Exception {
		String home = session.get("/").body();
		java.util.regex.Matcher count = java.util.regex.Pattern
			.compile("id=\"home-waiting-checkpoint-shift-gaps-count\">(\\d+)<").matcher(home);
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

	private static JsonNode generate(HealthFixtures fx, long checkpoint, LocalDate day, List<Long> pool) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", day.toString());
		body.put("to", day.toString());
		body.put("pattern", pool.size() > 2 ? "THREE_EIGHTS" : "TWO_TWELVES");
		body.put("poolUserIds", pool);
		body.put("minPerShift", 1);
		var reply = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/rosters:generate", body);
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
		return reply.json().path("items");
	}

	private static long checkpoint(HealthFixtures fx) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "排班页面卡点" + UUID.randomUUID().toString().substring(0, 8));
		body.put("level", "VILLAGE_ROAD");
		body.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		body.put("agencies", List.of("VOLUNTEERS"));
		body.put("openedOn", HealthFixtures.today().minusDays(1).toString());
		return fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
	}

	private static long staff(HealthFixtures fx) {
		String username = "p-" + UUID.randomUUID().toString().substring(0, 12);
		var created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", "页面值守"
				+ username.substring(2, 6), "password", ApiClient.PASSWORD, "role", "CHECKPOINT_STAFF", "jurisdictionCode",
				HealthFixtures.TOWNSHIP));
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asLong();
	}
}
