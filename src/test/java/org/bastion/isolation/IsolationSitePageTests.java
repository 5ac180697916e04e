package org.bastion.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The isolation site pages, the proposals page and the health timeline page as a browser uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IsolationSitePageTests {

	private static final Pattern SITE_LOCATION = Pattern.compile("/isolation-sites/(\\d+)$");

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void hqOpensASiteAddsARoomChecksAPersonInRecordsAndMeetsANeed() throws Exception {
		PageSession hq = PageSession.signIn(port, "demo-county");
		var list = hq.get("/isolation-sites");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("id=\"site-submit\"").contains("id=\"occupancy-beds\"");

		Map<String, String> site = new LinkedHashMap<>();
		site.put("name", "");
		site.put("kind", "SCHOOL");
		site.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		var bad = hq.post("/isolation-sites", site, list.body());
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"site-name-error\"");
		site.put("name", "共乐中学" + System.nanoTime());
		site.put("staff", "李老师 13900000000");
		var created = hq.post("/isolation-sites", site, list.body());
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher id = SITE_LOCATION.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		String path = "/isolation-sites/" + id.group(1);

		var page = hq.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"room-submit\"").contains("id=\"rooms-none\"").doesNotContain("id=\"checkin-submit\"");
		assertThat(hq.post(path + "/rooms", Map.of("number", "301", "beds", "1"), page.body()).statusCode()).isEqualTo(302);
		page = hq.get(path);
		assertThat(page.body()).contains("id=\"site-notice\"").contains("id=\"checkin-submit\"").contains("301");
		// The person is picked by name among the open orders at a site, never typed as the order's number.
		assertThat(page.body()).contains("id=\"observationId-search\"")
			.contains("data-choices=\"/observations/site-choices\"").doesNotContain("checkin-observation");

		JsonNode order = siteOrder();
		String room = roomId(page.body());
		var in = hq.post(path + "/stays", Map.of("observationId", order.path("id").asString(), "roomId", room), page.body());
		assertThat(in.statusCode()).isEqualTo(302);
		page = hq.get(path);
		assertThat(page.body()).contains(order.path("personName").asString()).contains("id=\"site-occupied\">1<");

		JsonNode second = siteOrder();
		hq.post(path + "/stays", Map.of("observationId", second.path("id").asString(), "roomId", room), page.body());
		page = hq.get(path);
		assertThat(page.body()).contains("id=\"site-error\"").contains("301");

		long stay = fx.get("demo-county", "/api/v1/isolation-sites/" + id.group(1)).json()
			.path("rooms").get(0).path("occupants").get(0).path("id").asLong();
		Map<String, String> need = new LinkedHashMap<>();
		need.put("siteId", id.group(1));
		need.put("need", "COUNSELLING");
		need.put("detail", "孩子夜里害怕");
		assertThat(hq.post("/isolation-sites/stays/" + stay + "/requests", need, page.body()).statusCode()).isEqualTo(302);
		page = hq.get(path);
		assertThat(page.body()).contains("孩子夜里害怕");
		long request = fx.get("demo-county", "/api/v1/isolation-sites/" + id.group(1) + "/requests").json().path("items").get(0).path("id").asLong();
		assertThat(hq.post("/occupant-requests/" + request + "/fulfil", Map.of("siteId", id.group(1), "note", "已电话疏导"),
				page.body()).statusCode()).isEqualTo(302);
		page = hq.get(path);
		assertThat(page.body()).contains("id=\"needs-none\"");

		var timeline = hq.get("/people/" + order.path("personId").asLong() + "/health");
		assertThat(timeline.statusCode()).isEqualTo(200);
		assertThat(timeline.body()).contains("id=\"timeline-0\"").contains("301").contains("data-type=\"STAY_IN\"");
		var orderPage = hq.get("/observations/" + order.path("id").asLong());
		assertThat(orderPage.body()).contains("id=\"order-timeline-link\"").contains("id=\"order-site-link\"");
	}

	@Test
	void theProposalsPageAndAnotherTownshipsTimeline() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		var proposals = township.get("/observations/proposals");
		assertThat(proposals.statusCode()).isEqualTo(200);
		assertThat(proposals.body()).contains("id=\"proposal-list\"");
		long elsewhere = fx.person(HealthFixtures.OTHER_TOWNSHIP);
		assertThat(township.get("/people/" + elsewhere + "/health").statusCode()).isEqualTo(404);
		var leader = PageSession.signIn(port, "demo-leader").get("/isolation-sites");
		assertThat(leader.statusCode()).isEqualTo(200);
		assertThat(leader.body()).doesNotContain("id=\"site-submit\"");
	}

	private JsonNode siteOrder() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", fx.person(HealthFixtures.TOWNSHIP));
		body.put("kind", "SITE");
		body.put("reason", "CLOSE_CONTACT");
		body.put("startDate", HealthFixtures.today().toString());
		return fx.post("demo-county", "/api/v1/observations", body).json();
	}

	private static String roomId(String html) {
		Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(html);
		assertThat(option.find()).isTrue();
		return option.group(1);
	}
}
