package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid worker in a village without a signal: three returnees and three temperatures typed with no network
 * are kept on the phone, the browser is killed and started again on the same profile, and once the network
 * is back each entry is stored once; the one the server refuses (a temperature out of range) stays on the
 * phone with the server's reason until it is fixed in its own form and sent. A list verification goes the same
 * way; a check of an order released meanwhile stays on the phone with the reason; a sign-out leaves nothing of
 * the worker on the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfflineFieldBrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebServerApplicationContext server;

	private Path profile;

	private Browser browser;

	@AfterEach
	void closeThePhone() throws IOException {
		serverReachable(true);
		if (browser != null) {
			browser.close();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@Test
	void entriesTypedOfflineSurviveARestartAndAreEachStoredOnceWhenTheNetworkReturns() throws IOException {
		RestClient anonymous = ApiClient.anonymous(port);
		ResponseEntity<String> manifest = anonymous.get().uri("/manifest.webmanifest").retrieve().toEntity(String.class);
		assertThat(manifest.getStatusCode().value()).isEqualTo(200);
		assertThat(JSON.readTree(manifest.getBody()).path("start_url").asString()).isEqualTo("/");
		assertThat(anonymous.get().uri("/sw.js").retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(200);

		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient grid = ApiClient.signedIn(port, "demo-grid");
		String gridCode = JSON.readTree(grid.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode").asString();
		LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
		long first = order(grid, person(county, gridCode, "观察甲" + suffix()), yesterday);
		long second = order(grid, person(county, gridCode, "观察乙" + suffix()), yesterday);
		long refused = order(grid, person(county, gridCode, "观察丙" + suffix()), yesterday);

		profile = Files.createTempDirectory("bastion-phone");
		browser = Browser.onPhone(port, profile);
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		// Online once: the service worker takes over and keeps the field pages and today's check forms.
		browser.go("/observations/today");
		browser.waitFor("#check-" + refused);
		browser.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		for (String page : List.of("/arrivals/new", "/observations/" + first + "/check",
				"/observations/" + second + "/check", "/observations/" + refused + "/check")) {
			browser.until(d -> Boolean.TRUE.equals(kept(page)));
		}

		network(false);
		browser.until(d -> Boolean.FALSE.equals(js("return navigator.onLine")));
		List<String> idNumbers = new ArrayList<>();
		browser.go("/arrivals/new");
		for (int i = 1; i <= 3; i++) {
			String idNumber = IdNumber.of("110105", LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
					ThreadLocalRandom.current().nextInt(1000)).value();
			idNumbers.add(idNumber);
			browser.type("#name", "离线" + suffix());
			browser.type("#idNumber", idNumber);
			browser.type("#originCode", "420100");
			browser.type("#plate", "鄂A" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
			browser.click("#arrival-submit");
			waitForOnPhone(i, 0);
			assertThat(browser.text("#offline-kept")).contains("已保存在手机上");
			assertThat(browser.find("#name").getDomProperty("value")).isEmpty();
		}
		check(first, "36.6", 4);
		check(second, "37.1", 5);
		check(refused, "45.0", 6);
		for (String idNumber : idNumbers) {
			assertThat(arrivalsOf(idNumber)).isZero();
		}
		assertThat(readingsOf(first) + readingsOf(second) + readingsOf(refused)).isZero();

		// Typed and not submitted when the phone is switched off: it is there when the form opens again.
		browser.go("/arrivals/new");
		String unfinished = "未完" + suffix();
		browser.type("#name", unfinished);
		browser.until(d -> "kept".equals(d.findElement(By.id("arrival-form")).getDomAttribute("data-offline-draft")));

		JsonNode onPhone = JSON.readTree((String) async("""
				idb.openDB('bastion-field').then(db => db.getAll('entries'))
				  .then(entries => done(JSON.stringify(entries)), () => done('[]'));"""));
		assertThat(onPhone).hasSize(6);

		// The phone is switched off and on: nothing was sent, nothing is lost.
		browser.close();
		// Started again with the network back (the page's emulation would not reach the service worker's
		// own idea of the network in a fresh browser): the six entries above, kept only on the phone, go now.
		serverReachable(true);
		browser = Browser.onPhone(port, profile);
		try {
			browser.signIn("demo-grid", ApiClient.PASSWORD);
		}
		catch (RuntimeException stuck) {
			// Seen once in many runs and not understood yet: say where the phone was left.
			String page = browser.driver.getPageSource();
			throw new AssertionError("Signing in after the restart stopped at " + browser.driver.getCurrentUrl() + ": "
					+ page.substring(0, Math.min(2000, page.length())), stuck);
		}
		waitForOnPhone(0, 1);
		for (String idNumber : idNumbers) {
			assertThat(arrivalsOf(idNumber)).as(idNumber).isEqualTo(1);
		}
		assertThat(readingsOf(first)).isEqualTo(1);
		assertThat(readingsOf(second)).isEqualTo(1);
		assertThat(readingsOf(refused)).isZero();

		browser.go("/");
		waitForOnPhone(0, 1);
		browser.click("#offline-bar-link");
		browser.waitFor("#offline-list .offline-entry");
		assertThat(browser.text("#offline-list")).contains("没有被接受").contains("体温（℃）：").contains("35").contains("42");
		screenshot("offline-refused");
		browser.click("#offline-list .offline-entry a.btn-primary");
		browser.waitFor("#offline-fixing");
		assertThat(browser.text("#offline-fixing")).contains("35").contains("42");
		browser.until(d -> "45.0".equals(d.findElement(By.id("temperature")).getDomProperty("value")));
		browser.type("#temperature", "36.9");
		browser.clickThrough("#check-submit");
		browser.waitFor("#check-notice");
		assertThat(readingsOf(refused)).isEqualTo(1);
		browser.go("/offline");
		browser.until(d -> d.findElement(By.id("offline-empty")).isDisplayed());
		assertThat(browser.driver.findElements(By.cssSelector("#offline-list .offline-entry"))).isEmpty();
		browser.go("/arrivals/new");
		browser.waitFor("#offline-draft");
		assertThat(browser.find("#name").getDomProperty("value")).isEqualTo(unfinished);

		// Sent again by a phone that never heard back: still one of each.
		JsonNode arrival = null;
		for (JsonNode entry : onPhone) {
			if (entry.path("action").asString().endsWith("/arrivals")) {
				arrival = entry;
			}
		}
		assertThat(arrival).isNotNull();
		assertThat(async("""
				idb.openDB('bastion-field').then(db => db.put('entries', JSON.parse(arguments[0])))
				  .then(() => done(true), () => done(false));""", arrival.toString())).isEqualTo(Boolean.TRUE);
		browser.go("/offline");
		waitForOnPhone(0, 0);
		assertThat(browser.text("#offline-bar")).contains("已发送");
		for (String idNumber : idNumbers) {
			assertThat(arrivalsOf(idNumber)).as(idNumber).isEqualTo(1);
		}
	}

	@Test
	void passagesRegisteredAtTheRoadsideWithoutASignalAreEachStoredOnceAfterARestart() throws IOException {
		RestClient grid = ApiClient.signedIn(port, "demo-grid");
		String gridCode = JSON.readTree(grid.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode").asString();
		Map<String, Object> post = new LinkedHashMap<>();
		post.put("name", "无信号卡点" + suffix());
		post.put("level", "VILLAGE_ROAD");
		post.put("jurisdictionCode", gridCode);
		post.put("agencies", List.of("VOLUNTEERS"));
		long checkpoint = JSON.readTree(ApiClient.signedIn(port, "demo-county").post().uri("/api/v1/checkpoints")
			.contentType(MediaType.APPLICATION_JSON).body(post).retrieve().body(String.class)).path("id").asLong();
		String form = "/checkpoints/" + checkpoint + "/passages/new";

		profile = Files.createTempDirectory("bastion-phone");
		browser = Browser.onPhone(port, profile);
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go(form);
		browser.waitFor("#plate");
		browser.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		browser.until(d -> Boolean.TRUE.equals(kept(form)));

		network(false);
		browser.until(d -> Boolean.FALSE.equals(js("return navigator.onLine")));
		List<String> plates = new ArrayList<>();
		for (int i = 1; i <= 2; i++) {
			String plate = "川Q" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
			plates.add(plate);
			browser.go(form);
			browser.type("#plate", plate);
			browser.type("input[name='occupants[0].temperature']", "36." + i);
			browser.click("input[name='outcome'][value='PASSED']");
			browser.click("#passage-submit");
			waitForOnPhone(i, 0);
		}
		for (String plate : plates) {
			assertThat(passagesOf(plate)).isZero();
		}

		// The phone is switched off and on again where there is a signal: each passage goes once.
		browser.close();
		serverReachable(true);
		browser = Browser.onPhone(port, profile);
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		waitForOnPhone(0, 0);
		for (String plate : plates) {
			assertThat(passagesOf(plate)).as(plate).isEqualTo(1);
		}
	}

	@Test
	void aSendThatFailsOnTheWayIsKeptOnThePhoneAndSentWhenTheServerAnswersAgain() throws IOException {
		RestClient grid = ApiClient.signedIn(port, "demo-grid");
		String gridCode = JSON.readTree(grid.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode").asString();
		long order = order(grid, person(ApiClient.signedIn(port, "demo-county"), gridCode, "断网" + suffix()),
				LocalDate.now(ZONE).minusDays(1));

		profile = Files.createTempDirectory("bastion-phone");
		browser = Browser.onPhone(port, profile);
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/observations/today");
		browser.waitFor("#check-" + order);
		browser.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		browser.until(d -> Boolean.TRUE.equals(kept("/observations/" + order + "/check")));
		browser.go("/observations/" + order + "/check");
		pickYesterdaysFirstSlot();
		browser.type("#temperature", "36.4");

		// The phone believes it is online; the send breaks on the way.
		serverReachable(false);
		assertThat(js("return navigator.onLine")).isEqualTo(Boolean.TRUE);
		browser.click("#check-submit");
		browser.waitFor("#offline-kept");
		waitForOnPhone(1, 0);
		assertThat(readingsOf(order)).isZero();

		serverReachable(true);
		browser.go("/");
		waitForOnPhone(0, 0);
		assertThat(readingsOf(order)).isEqualTo(1);
	}

	@Test
	void householdVisitsMarkedOfflineAreStoredOnceAndOneOfARoundClosedMeanwhileStaysUntilDiscarded() throws IOException {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		String grid = JSON.readTree(worker.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode").asString();
		String first = "离线走访户" + suffix() + "号";
		String second = "离线走访户" + suffix() + "号";
		for (String address : List.of(first, second)) {
			county.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("jurisdictionCode", grid, "address", address)).retrieve().toBodilessEntity();
		}
		long round = JSON.readTree(county.post().uri("/api/v1/screening-rounds").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "deadline", LocalDate.now(ZONE).plusDays(3).toString()))
			.retrieve().body(String.class)).path("id").asLong();
		long firstVisit = visitOf(worker, round, first);
		long secondVisit = visitOf(worker, round, second);

		profile = Files.createTempDirectory("bastion-phone");
		browser = Browser.onPhone(port, profile);
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		String visits = "/rounds/" + round + "/visits";
		browser.go(visits);
		browser.waitFor("#visit-" + firstVisit + "-none");
		browser.until(d -> Boolean.TRUE.equals(kept(visits)));

		network(false);
		browser.go(visits);
		browser.click("#visit-" + firstVisit + "-none");
		waitForOnPhone(1, 0);
		assertThat(statusOf(firstVisit)).isEqualTo("PENDING");
		network(true);
		waitForOnPhone(0, 0);
		assertThat(statusOf(firstVisit)).isEqualTo("VISITED_NO_RETURNEES");
		assertThat(attemptsOf(firstVisit)).isEqualTo(1);

		network(false);
		browser.go(visits);
		browser.click("#visit-" + secondVisit + "-away");
		waitForOnPhone(1, 0);
		// The township closes the round while the phone is out of reach.
		serverReachable(true);
		county.post().uri("/api/v1/screening-rounds/" + round + "/close").retrieve().toBodilessEntity();
		network(true);
		waitForOnPhone(0, 1);
		assertThat(statusOf(secondVisit)).isEqualTo("PENDING");
		browser.go("/offline");
		browser.waitFor("#offline-list .offline-entry");
		assertThat(browser.text("#offline-list")).contains(second).contains("本轮摸排已结束");
		browser.click("#offline-list .offline-entry button");
		browser.until(ExpectedConditions.alertIsPresent()).accept();
		browser.until(d -> d.findElement(By.id("offline-empty")).isDisplayed());
		assertThat(attemptsOf(secondVisit)).isZero();
		assertThat(attemptsOf(firstVisit)).isEqualTo(1);
	}

	@Test
	void aVerificationIsStoredOnceACheckOfAnOrderReleasedMeanwhileStaysWithTheReasonAndSignOutEmptiesThePhone()
			throws IOException {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient grid = ApiClient.signedIn(port, "demo-grid");
		String gridCode = JSON.readTree(grid.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode").asString();
		long entry = listEntryFor(county, gridCode, "名单核查" + suffix());
		long released = order(grid, person(county, gridCode, "将解除" + suffix()), LocalDate.now(ZONE).minusDays(1));

		profile = Files.createTempDirectory("bastion-phone");
		browser = Browser.onPhone(port, profile);
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
		browser.go("/verification");
		browser.waitFor("#entry-" + entry);
		browser.until(d -> Boolean.TRUE.equals(kept("/verification/" + entry)));
		browser.go("/observations/today");
		browser.waitFor("#check-" + released);
		browser.until(d -> Boolean.TRUE.equals(kept("/observations/" + released + "/check")));

		// The HQ releases the order after a normal check (yesterday morning's), once the phone kept its check form:
		// the phone does not know.
		Map<String, Object> morning = new LinkedHashMap<>();
		morning.put("clientId", UUID.randomUUID().toString());
		morning.put("date", LocalDate.now(ZONE).minusDays(1).toString());
		morning.put("slot", 1);
		morning.put("time", "08:30");
		morning.put("temperature", 36.4);
		assertThat(grid.post().uri("/api/v1/observations/" + released + "/checks").contentType(MediaType.APPLICATION_JSON)
			.body(morning).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(201);
		assertThat(county.post().uri("/api/v1/observations/" + released + "/release").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("date", LocalDate.now(ZONE).toString(), "reason", "核酸检测阴性")).retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(200);

		network(false);
		browser.go("/verification/" + entry);
		browser.click("#outcome-ALREADY_KNOWN");
		browser.click("#route-NO_RISK_AREA");
		browser.click("#verification-submit");
		waitForOnPhone(1, 0);
		browser.go("/observations/" + released + "/check");
		new org.openqa.selenium.support.ui.Select(browser.find("#slot"))
			.selectByValue(LocalDate.now(ZONE).minusDays(1) + "/2");
		browser.type("#temperature", "36.5");
		browser.click("#check-submit");
		waitForOnPhone(2, 0);
		assertThat(outcomeOf(entry)).isNull();

		network(true);
		waitForOnPhone(0, 1);
		assertThat(outcomeOf(entry)).isEqualTo("ALREADY_KNOWN");
		assertThat(readingsOf(released)).as("the morning's check only").isEqualTo(1);
		browser.go("/offline");
		browser.waitFor("#offline-list .offline-entry");
		assertThat(browser.text("#offline-list")).contains("没有被接受").contains("该医学观察已于").contains("解除");

		// The refused check is the worker's to resolve: discarded, then signed out, nothing of theirs stays.
		browser.go("/offline");
		browser.click("#offline-list .offline-entry button");
		browser.until(ExpectedConditions.alertIsPresent()).accept();
		browser.until(d -> d.findElement(By.id("offline-empty")).isDisplayed());
		assertThat(kept("/verification/" + entry)).isEqualTo(Boolean.TRUE);
		browser.go("/");
		browser.click("#logout");
		browser.waitFor("#username");
		browser.until(d -> Boolean.FALSE.equals(kept("/verification/" + entry)));
		assertThat(kept("/observations/today")).isEqualTo(Boolean.FALSE);
		assertThat(async("""
				indexedDB.databases().then(all => done(all.some(db => db.name === 'bastion-field')), () => done(true));"""))
			.isEqualTo(Boolean.FALSE);
		assertThat(js("return localStorage.getItem('bastion-phone-user')")).isNull();
	}

	/** A pushed list from the county with one person of the grid on it; the entry dispatched to that grid. */
	private long listEntryFor(RestClient county, String gridCode, String name) {
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
		String idNumber = IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
		county.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", gridCode)).retrieve().toBodilessEntity();
		var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
		parts.add("file", new org.springframework.core.io.ByteArrayResource(
				"姓名,身份证号,所属乡镇\n%s,%s,\n".formatted(name, idNumber).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "offline-list.csv";
			}
		});
		parts.add("name", "离线核查名单 " + suffix());
		parts.add("deadline", LocalDate.now(ZONE).plusDays(3).toString());
		county.post().uri("/api/v1/pushed-lists").contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
			.toBodilessEntity();
		// The import runs on its own thread: wait until it has dispatched the row.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
			.until(() -> !jdbc.sql("SELECT id FROM list_entry WHERE id_number = ? AND dispatched_to = 'PERSON'")
				.param(idNumber).query(Long.class).list().isEmpty());
		return jdbc.sql("SELECT id FROM list_entry WHERE id_number = ?").param(idNumber).query(Long.class).single();
	}

	private String outcomeOf(long entry) {
		// Null until verified, which single() would refuse.
		return jdbc.sql("SELECT outcome FROM list_entry WHERE id = ?").param(entry).query(String.class).list().getFirst();
	}

	private static long visitOf(RestClient worker, long round, String address) {
		for (JsonNode v : JSON.readTree(worker.get().uri("/api/v1/screening-rounds/" + round + "/visits?limit=200")
			.retrieve().body(String.class)).path("items")) {
			if (address.equals(v.path("address").asString())) {
				return v.path("id").asLong();
			}
		}
		throw new IllegalStateException("no visit of " + address);
	}

	private String statusOf(long visit) {
		return jdbc.sql("SELECT status FROM household_visit WHERE id = ?").param(visit).query(String.class).single();
	}

	private int attemptsOf(long visit) {
		return jdbc.sql("SELECT COUNT(*) FROM household_visit_attempt WHERE visit_id = ?").param(visit)
			.query(Integer.class).single();
	}

	private void screenshot(String name) {
		try {
			Files.write(Path.of("target", name + ".png"),
					((org.openqa.selenium.TakesScreenshot) browser.driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException | RuntimeException ignored) {
			// Only for looking at; the test stands without it.
		}
	}

	private void check(long order, String temperature, int waiting) {
		browser.go("/observations/" + order + "/check");
		pickYesterdaysFirstSlot();
		browser.type("#temperature", temperature);
		browser.click("#check-submit");
		waitForOnPhone(waiting, 0);
	}

	/**
	 * Yesterday's morning slot, missed: a slot of today may not have started at the hour the test runs (CI
	 * runs at night in the field's time), and a check goes only to a slot open or picked.
	 */
	private void pickYesterdaysFirstSlot() {
		new org.openqa.selenium.support.ui.Select(browser.find("#slot"))
			.selectByValue(LocalDate.now(ZONE).minusDays(1) + "/1");
	}

	/** Waits for the phone's own count of entries waiting and refused, shown in the bar on every page. */
	private void waitForOnPhone(int waiting, int failed) {
		try {
			browser.until(d -> {
				var bars = d.findElements(By.id("offline-bar"));
				return !bars.isEmpty() && String.valueOf(waiting).equals(bars.getFirst().getDomAttribute("data-waiting"))
						&& String.valueOf(failed).equals(bars.getFirst().getDomAttribute("data-failed"));
			});
		}
		catch (org.openqa.selenium.TimeoutException stuck) {
			var bars = browser.driver.findElements(By.id("offline-bar"));
			String bar = bars.isEmpty() ? "no bar" : "waiting " + bars.getFirst().getDomAttribute("data-waiting") + ", failed "
					+ bars.getFirst().getDomAttribute("data-failed") + ": " + bars.getFirst().getText();
			screenshot("offline-stuck");
			throw new AssertionError("expected " + waiting + " waiting and " + failed + " refused on the phone at "
					+ browser.driver.getCurrentUrl() + ", found " + bar + "; on the phone: " + async("""
							idb.openDB('bastion-field').then(db => db.getAll('entries'))
							  .then(entries => done(JSON.stringify(entries.map(e => [e.action, e.state, e.reasons]))), () => done('?'));"""),
					stuck);
		}
	}

	/**
	 * The phone's network off or on, in Chrome's network emulation (what the page sees: navigator.onLine, its
	 * requests failing). The emulation holds for the page, not always for the service worker's own requests nor
	 * in the instant a page is replaced, so the server's port is closed meanwhile too: nothing can reach it.
	 */
	private void network(boolean on) {
		HasNetworkConditions phone = (HasNetworkConditions) browser.driver;
		if (on) {
			serverReachable(true);
			phone.deleteNetworkConditions();
			browser.until(d -> Boolean.TRUE.equals(async("""
					fetch(arguments[0], { cache: 'no-store' }).then(r => done(r.ok), () => done(false));""",
					"/login")));
			return;
		}
		ChromiumNetworkConditions off = new ChromiumNetworkConditions();
		off.setOffline(true);
		phone.setNetworkConditions(off);
		serverReachable(false);
	}

	/** The server's port open again, and the phone's connections to the closed one gone (a first request may meet one). */
	private void serverReachable(boolean reachable) {
		Connector connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
		try {
			if (reachable && connector.getState() != LifecycleState.STARTED) {
				// Port 0 would bind another port: the phone's pages belong to this one.
				connector.setPort(port);
				connector.start();
			}
			else if (!reachable) {
				connector.stop();
			}
		}
		catch (LifecycleException e) {
			throw new IllegalStateException(e);
		}
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser.driver).executeScript(script);
	}

	private Object kept(String page) {
		return async("""
				caches.open('bastion-pages').then(cache => cache.match(location.origin + arguments[0]))
				  .then(found => done(!!found), () => done(false));""", page);
	}

	/** Runs {@code script} in the page until it calls {@code done} with its answer. */
	private Object async(String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver)
			.executeAsyncScript("const done = arguments[arguments.length - 1];\n" + script, arguments);
	}

	private int arrivalsOf(String idNumber) {
		return jdbc.sql("SELECT COUNT(*) FROM arrival a JOIN person p ON p.id = a.person_id WHERE p.id_number = ?")
			.param(idNumber)
			.query(Integer.class)
			.single();
	}

	private int passagesOf(String plate) {
		return jdbc.sql("SELECT COUNT(*) FROM checkpoint_passage WHERE plate = ?").param(plate).query(Integer.class).single();
	}

	private int readingsOf(long order) {
		return jdbc.sql("SELECT COUNT(*) FROM health_reading WHERE observation_id = ?").param(order).query(Integer.class).single();
	}

	private long person(RestClient county, String place, String name) {
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value());
		body.put("name", name);
		body.put("jurisdictionCode", place);
		return JSON.readTree(county.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve().body(String.class)).path("id").asLong();
	}

	private long order(RestClient monitor, long personId, LocalDate start) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", personId);
		body.put("kind", "HOME");
		body.put("reason", "ARRIVAL_FROM_RISK_AREA");
		body.put("startDate", start.toString());
		JsonNode order = JSON.readTree(monitor.post().uri("/api/v1/observations").contentType(MediaType.APPLICATION_JSON)
			.body(body).retrieve().body(String.class));
		assertThat(order.path("id").asLong()).as(order.toString()).isPositive();
		return order.path("id").asLong();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 4);
	}
}
