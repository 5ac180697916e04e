package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The leaders' dashboard over HTTP: the figures of a test's own records, their links, drill-down and scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DashboardFixture.class)
class DashboardPageTests {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	DashboardPlaces places;

	@BeforeEach
	void places() {
		places = DashboardPlaces.create(port);
		places.residents(places.village(), 3);
		places.residents(places.otherVillage(), 1);
	}

	@Test
	void theLeaderSeesTodayAgainstYesterdayEachNumberOpeningWhereItsSourceSays() throws Exception {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		var page = leader.get("/dashboard?jurisdiction=" + places.township());
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains(places.townshipName()).contains("id=\"nav-dashboard\"");

		// Residents stand at 4 today and stood at 0 yesterday; the source lists them on the place's page.
		assertThat(element(html, "figure-fixture-residents-today"))
			.isEqualTo("<a class=\"dashboard-value\" id=\"figure-fixture-residents-today\" href=\""
					+ DashboardFixture.residentsLink(places.township()) + "\">4</a>");
		assertThat(element(html, "figure-fixture-residents-yesterday"))
			.isEqualTo("<a id=\"figure-fixture-residents-yesterday\" href=\""
					+ DashboardFixture.residentsLink(places.township()) + "\">0</a>");
		assertThat(html).containsPattern("class=\"dashboard-change dashboard-up\" id=\"figure-fixture-residents-change\"");
		// Registrations have no records page: the number is plain.
		assertThat(element(html, "figure-fixture-registered-today"))
			.isEqualTo("<span class=\"dashboard-value\" id=\"figure-fixture-registered-today\">4</span>");

		// The townships' table: a row per village, each cell linked as the source says, the total below.
		String row = row(html, "area-" + places.village());
		assertThat(row).contains("href=\"/dashboard?jurisdiction=" + places.village() + "\"");
		assertThat(cell(row, DashboardFixture.RESIDENTS))
			.isEqualTo("<a href=\"" + DashboardFixture.residentsLink(places.village()) + "\">3</a>");
		assertThat(cell(row, DashboardFixture.REGISTERED)).isEqualTo("<span>3</span>");
		assertThat(cell(row(html, "area-" + places.otherVillage()), DashboardFixture.RESIDENTS))
			.isEqualTo("<a href=\"" + DashboardFixture.residentsLink(places.otherVillage()) + "\">1</a>");
		assertThat(cell(row(html, "area-total"), DashboardFixture.RESIDENTS))
			.isEqualTo("<a href=\"" + DashboardFixture.residentsLink(places.township()) + "\">4</a>");

		// Nobody has reported today: the township and its two villages are missing, each number opens the list.
		assertThat(text(html, "reports-missing-count")).isEqualTo("3");
		assertThat(text(html, "reports-expected-count")).isEqualTo("3");
		assertThat(html).contains("href=\"/reports/completeness?jurisdiction=" + places.township() + "&amp;date=")
			.contains("id=\"missing-" + places.village() + "\"");

		// Up the breadcrumb to the county; down a row to the village.
		assertThat(html).contains("id=\"crumb-" + DashboardPlaces.COUNTY + "\" href=\"/dashboard?jurisdiction="
				+ DashboardPlaces.COUNTY + "\"");
		var village = leader.get("/dashboard?jurisdiction=" + places.village());
		assertThat(village.statusCode()).isEqualTo(200);
		assertThat(village.body()).contains("id=\"crumb-" + places.township() + "\"");
		assertThat(text(village.body(), "figure-fixture-residents-today")).isEqualTo("3");
		var county = leader.get("/dashboard");
		assertThat(county.statusCode()).isEqualTo(200);
		assertThat(county.body()).contains("id=\"area-" + places.township() + "\"");
	}

	@Test
	void theLiveFragmentAndTheChartsHistoryLoadAfterThePage() throws Exception {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		var wall = leader.get("/dashboard?screen=wall&jurisdiction=" + places.township());
		assertThat(wall.body()).contains("dashboard-wall")
			.contains("hx-get=\"/dashboard/live?jurisdiction=" + places.township() + "&amp;screen=wall\"")
			.contains("hx-trigger=\"every 60s\"")
			.contains("hx-trigger=\"load, dashboard-refreshed from:body\"");
		String page = leader.get("/dashboard?jurisdiction=" + places.township()).body();
		assertThat(page).doesNotContain("every 60s");
		// ECharts is served by Bastion itself, under its version and a hash of its content.
		Matcher echarts = Pattern
			.compile("src=\"(/webjars/echarts/[0-9.]+/dist/echarts\\.common\\.min-[0-9a-f]{32}\\.js)\"")
			.matcher(page);
		assertThat(echarts.find()).as("the charts' library linked by version and hash").isTrue();
		assertThat(leader.get(echarts.group(1)).statusCode()).isEqualTo(200);

		var live = leader.fragment("/dashboard/live?screen=wall&jurisdiction=" + places.township());
		assertThat(live.statusCode()).isEqualTo(200);
		assertThat(live.headers().firstValue("HX-Trigger")).hasValue("dashboard-refreshed");
		assertThat(live.body()).startsWith("<section id=\"dashboard-live\"").contains("id=\"dashboard-refreshed\"");
		assertThat(text(live.body(), "figure-fixture-residents-today")).isEqualTo("4");

		var trends = leader.fragment("/dashboard/trends?jurisdiction=" + places.township());
		assertThat(trends.statusCode()).isEqualTo(200);
		Matcher data = Pattern.compile("data-charts=\"([^\"]*)\"").matcher(trends.body());
		assertThat(data.find()).isTrue();
		JsonNode charts = JSON.readTree(data.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
		assertThat(charts.path("dates")).hasSize(30);
		JsonNode community = null;
		for (JsonNode chart : charts.path("charts")) {
			if (chart.path("group").asString().equals("community")) {
				community = chart;
			}
		}
		assertThat(community).isNotNull();
		for (JsonNode series : community.path("series")) {
			JsonNode values = series.path("values");
			assertThat(values).hasSize(30);
			assertThat(values.get(29).asLong()).as(series.path("key").asString()).isEqualTo(4);
			assertThat(values.get(28).asLong()).isZero();
			assertThat(series.path("type").asString())
				.isEqualTo(series.path("key").asString().equals(DashboardFixture.RESIDENTS) ? "line" : "bar");
		}
	}

	@Test
	void aPlaceOutsideTheViewersAreaIsNotFoundAndOnlyLeadersHqAndTownshipsOpenTheDashboard() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		assertThat(township.get("/dashboard?jurisdiction=" + places.township()).statusCode()).isEqualTo(404);
		assertThat(township.fragment("/dashboard/live?jurisdiction=" + places.township()).statusCode()).isEqualTo(404);
		assertThat(township.fragment("/dashboard/trends?jurisdiction=" + places.township()).statusCode()).isEqualTo(404);
		var own = township.get("/dashboard");
		assertThat(own.statusCode()).isEqualTo(200);
		// The township's staff see no link up to the county they cannot open.
		assertThat(own.body()).doesNotContain("id=\"crumb-" + DashboardPlaces.COUNTY + "\"");
		assertThat(township.get("/dashboard?jurisdiction=nosuchplace").statusCode()).isEqualTo(404);

		PageSession village = PageSession.signIn(port, "demo-village");
		assertThat(village.get("/dashboard").statusCode()).isEqualTo(403);
		assertThat(village.get("/").body()).doesNotContain("id=\"nav-dashboard\"");
	}

	/** The whole element with the id, for an element without children, its white space made single. */
	private static String element(String html, String id) {
		Matcher m = Pattern.compile("<(a|span)[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>[^<]*</\\1>").matcher(html);
		assertThat(m.find()).as("element %s", id).isTrue();
		return m.group().replaceAll("\\s+", " ");
	}

	/** What the row's cell of a figure holds, without the white space around it. */
	private static String cell(String row, String figure) {
		Matcher m = Pattern.compile("data-figure=\"" + Pattern.quote(figure) + "\">(.*?)</td>", Pattern.DOTALL).matcher(row);
		assertThat(m.find()).as("cell %s", figure).isTrue();
		return m.group(1).strip();
	}

	private static String text(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(?:\\s*<[^>]+>)*\\s*([^<]*?)\\s*<").matcher(html);
		assertThat(m.find()).as("text of %s", id).isTrue();
		return m.group(1);
	}

	private static String row(String html, String id) {
		Matcher m = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\".*?</tr>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("row %s", id).isTrue();
		return m.group();
	}
}
