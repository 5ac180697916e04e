package org.bastion.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.screening.ArrivalTestSupport.uniqueId;
import static org.bastion.screening.ArrivalTestSupport.uniqueName;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The arrival, risk-area, measures and data-quality pages as a browser without JavaScript uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalPageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aGridWorkerRegistersFromThePhoneForm() throws Exception {
		Session grid = signIn("demo-grid");
		String form = grid.get("/arrivals/new").body();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(form).contains("id=\"arrival-submit\"", "inputmode=\"decimal\"", "value=\"" + today + "\"",
				"name=\"transportMode\"", "hx-get=\"/arrivals/origins?field=originCode\"", "/js/arrivals.js");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", hidden(form, "clientId"));
		fields.put("jurisdictionCode", hidden(form, "jurisdictionCode"));
		fields.put("name", uniqueName("页"));
		fields.put("idNumber", uniqueId());
		fields.put("originCode", "510100");
		fields.put("arrivalDate", today.plusDays(2).toString());
		fields.put("transportMode", "CAR");
		fields.put("plate", "川Q123");
		fields.put("temperature", "36.6");
		var refused = grid.post("/arrivals", fields, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"arrivalDate-error\"", "id=\"plate-error\"");

		fields.put("arrivalDate", today.toString());
		fields.put("plate", "川Q12345");
		var registered = grid.post("/arrivals", fields, refused.body());
		assertThat(registered.statusCode()).isEqualTo(302);
		String location = URI.create(registered.headers().firstValue("Location").orElseThrow()).getPath();
		String page = grid.get(location).body();
		assertThat(page).contains("id=\"arrival-risk-level\"", "id=\"arrival-measure\"", "成都市");
		assertThat(grid.get("/arrivals").body()).contains(location);
	}

	@Test
	void theOriginPickerOffersDivisionsAndFillsTheField() throws Exception {
		Session grid = signIn("demo-grid");
		String choices = grid.get("/arrivals/origins?originCode=" + enc("武汉")).body();
		assertThat(choices).doesNotContain("<html").contains("湖北省武汉市", "data-code=\"420100\"");
		String field = grid.get("/arrivals/origin-field?code=420100").body();
		assertThat(field).contains("value=\"420100\"", "湖北省武汉市");
	}

	@Test
	void hqKeepsRiskAreasAndMeasuresOthersReadThem() throws Exception {
		Session county = signIn("demo-county");
		String areas = county.get("/risk-areas").body();
		assertThat(areas).contains("id=\"risk-area-form\"");
		var saved = county.post("/risk-areas", Map.of("divisionCode", "650100", "level", "LOW", "from", "2016-03-01",
				"to", "2016-03-01"), areas);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(county.get("/risk-areas").body()).contains("id=\"risk-area-notice\"", "乌鲁木齐市");
		var bad = county.post("/risk-areas", Map.of("divisionCode", "999999", "level", "LOW", "from", "2016-03-01"), areas);
		assertThat(bad.statusCode()).isEqualTo(302);
		assertThat(county.get("/risk-areas").body()).contains("id=\"risk-area-errors\"");
		String measures = county.get("/measures").body();
		assertThat(measures).contains("id=\"measure-submit\"", "name=\"NONE_true\"");

		Session grid = signIn("demo-grid");
		assertThat(grid.get("/risk-areas").body()).doesNotContain("id=\"risk-area-form\"");
		assertThat(grid.get("/measures").body()).doesNotContain("id=\"measure-submit\"").contains("居家医学观察");
	}

	@Test
	void theQualityPageAndTheLedgerButtonsWork() throws Exception {
		Session township = signIn("demo-township");
		String quality = township.get("/arrivals/quality").body();
		assertThat(quality).contains("id=\"quality-table\"", "id=\"quality-total\"", "未登记接触人员");
		assertThat(township.get("/arrivals/quality?check=NO_TEMPERATURE").body()).contains("id=\"quality-failing\"");
		String list = township.get("/arrivals").body();
		assertThat(list).contains("id=\"ledger-xlsx\"", "id=\"ledger-csv\"");
		var xlsx = township.getBytes("/arrivals/ledger.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
	}

	private Session signIn(String username) throws Exception {
		Session session = new Session("http://localhost:" + port);
		var login = session.get("/login");
		var answer = session.post("/login", Map.of("username", username, "password", ApiClient.PASSWORD), login.body());
		assertThat(answer.statusCode()).isEqualTo(302);
		return session;
	}

	private static String hidden(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
		if (m.find()) {
			return m.group(1);
		}
		Matcher reversed = Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"" + name + "\"").matcher(html);
		assertThat(reversed.find()).as("field %s", name).isTrue();
		return reversed.group(1);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A session cookie and the page's CSRF token, as a browser keeps them. */
	private static final class Session {

		private final String base;

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Session(String base) {
			this.base = base;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<String> post(String path, Map<String, String> fields, String formPage)
				throws IOException, InterruptedException {
			Matcher m = CSRF.matcher(formPage);
			assertThat(m.find()).as("a CSRF token on the page").isTrue();
			String body = fields.entrySet()
				.stream()
				.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
				.collect(Collectors.joining("&")) + "&_csrf=" + enc(m.group(1));
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}
}
