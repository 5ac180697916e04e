package org.bastion.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grid worker's day on a cheap phone: a real Chromium at 360 × 740 over an emulated 3G link (DevTools'
 * {@code Network.emulateNetworkConditions}), against a Bastion running with {@code --demo} in another JVM.
 * Each flow is played as a person would, tap by tap and key by key, and prints what it cost beside what the
 * same link costs for a trivial page in the same run. Not a test: it never fails on time.
 *
 * <p>The pages' elements are named in {@link Field} and found by id or name, so that a changed form is one
 * line to adapt here. A flow whose page has no work waiting (no household to visit, no entry to verify, no
 * check due) is said so and skipped, not faked.
 */
public final class PhoneBench {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId FIELD_ZONE = ZoneId.of("Asia/Shanghai");

	/** How long one step may take on a loaded machine before its flow is called failed. */
	private static final long PATIENCE_SECONDS = 60;

	/** What the flows look for, by id or name, in one place for when the pages change. */
	static final class Field {

		static final String LOGIN_USER = "#username";
		static final String LOGIN_PASSWORD = "#password";
		static final String LOGIN_SUBMIT = "#login-submit";
		static final String NAV = "nav.nav";
		static final String HOME_TITLE = "#home-title";
		static final String ARRIVAL_FORM = "#arrival-form";
		static final String ARRIVAL_KNOWN_SEARCH = "#personId-search";
		static final String ARRIVAL_KNOWN_CHOICE = "#personId-choices .picker-choice[data-code='%d']";
		static final String ARRIVAL_NAME = "#name, [name=name]";
		static final String ARRIVAL_ID = "#idNumber, [name=idNumber]";
		static final String ARRIVAL_PHONE = "#phone, [name=phone]";
		static final String ARRIVAL_ORIGIN = "#originCode";
		static final String ARRIVAL_ORIGIN_CHOICE = "#originCode-choices .origin-choice[data-code='%s'], [data-code='%s']";
		static final String ARRIVAL_DEPARTURE = "#departureDate, [name=departureDate]";
		static final String ARRIVAL_PLATE = "#plate, [name=plate]";
		static final String ARRIVAL_TEMPERATURE = "#temperature, [name=temperature]";
		static final String ARRIVAL_SUBMIT = "#arrival-submit";
		static final String ARRIVAL_SAVED = "#arrival-risk-level";
		static final String HOME_ROUND_NO_RETURNEES = "#home-waiting-round-visits-action";
		static final String VISIT_NEXT_DOOR = "#visit-before, #visits-notice";
		static final String HOME_VERIFY_FIRST = "#home-waiting-verifications-first, a[id^=home-waiting-][id$=-first][href*='/verification/']";
		static final String VERIFY_FORM = "#verification-form";
		static final String VERIFY_OUTCOME = "#verification-form input[name=outcome]";
		static final String VERIFY_ROUTE = "#verification-form input[name=route]";
		static final String VERIFY_SUBMIT = "#verification-submit";
		static final String VERIFY_SAVED = "#entry-saved, #verification-entries, #verification-none, [id$=-saved]";
		static final String HOME_CHECK_FIRST = "a[id^=home-waiting-][id$=-first][href$='/check']";
		static final String CHECK_OPEN = "#check-%d";
		static final String CHECK_TEMPERATURE = "#temperature";
		static final String CHECK_SLOT = "#slot";
		static final String CHECK_SUBMIT = "#check-submit";
		static final String CHECK_SAVED = "#check-notice";

		private Field() {
		}
	}

	private final ChromeDriver driver;

	private final String base;

	private final boolean throttled;

	private int taps;

	private int keys;

	private PhoneBench(ChromeDriver driver, String base, boolean throttled) {
		this.driver = driver;
		this.base = base;
		this.throttled = throttled;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String base = options.getOrDefault("base", "http://127.0.0.1:8080");
		String user = options.getOrDefault("user", "demo-grid");
		String password = options.getOrDefault("password", "demo12345");
		boolean throttled = !options.containsKey("no-throttle");
		Path profile = Files.createTempDirectory("phone-bench-profile");
		BenchOutput.say("Chromium at 360 x 740 against %s, %s, load %s", base,
				throttled ? "emulated 3G (400 kbps down and up, 400 ms latency)" : "no throttling", BenchOutput.loadAverage());
		PhoneBench bench = new PhoneBench(chromium(profile), base, throttled);
		try {
			bench.run(user, password, options.getOrDefault("hq", "demo-county"));
		}
		finally {
			bench.driver.quit();
		}
	}

	private void run(String user, String password, String headquarters) {
		PhoneDay day = PhoneDay.make(base, user, headquarters, password);
		emulateLink();
		List<Row> rows = new ArrayList<>();
		Map<String, String> limits = new LinkedHashMap<>();

		// The physical limit, in the same run and over the same link: a trivial page, first and again.
		Measure loginFirst = measure("trivial page /login, first load", () -> {
			go("/login");
			waitFor(Field.LOGIN_USER);
		});
		Measure loginAgain = measure("trivial page /login, repeat load", () -> {
			go("/login");
			waitFor(Field.LOGIN_USER);
		});
		long roundTrip = smallFetch();
		limits.put("one round trip: HEAD /login, no cache", roundTrip + " ms");
		limits.put("trivial page /login, first load", loginFirst.summary());
		limits.put("trivial page /login, repeat load", loginAgain.summary());
		limits.put("/login bytes first / repeat", ratio(loginFirst.bytes, loginAgain.bytes));

		rows.add(new Row("sign in as " + user, measure("sign in", () -> {
			type(Field.LOGIN_USER, user);
			type(Field.LOGIN_PASSWORD, password);
			tapThrough(Field.LOGIN_SUBMIT);
			waitFor(Field.NAV);
		})));
		rows.add(new Row("open home", measure("open home", () -> {
			go("/");
			waitFor(Field.HOME_TITLE);
		})));
		rows.add(new Row("open home again (cached)", measure("open home again", () -> {
			go("/");
			waitFor(Field.HOME_TITLE);
		})));
		rows.add(new Row("register an arrival", measure("register an arrival", this::registerArrival)));
		rows.add(new Row("register an arrival of a known person", measure("register an arrival of a known person",
				() -> registerKnownArrival(day))));
		rows.add(new Row("mark a household visited", measure("mark a household visited", () -> {
			go("/");
			// 无返乡人员 on the home page's first door: marked, and the next door's page follows.
			if (!fromHome(Field.HOME_ROUND_NO_RETURNEES)) {
				throw new NoWork("no household waits in an open round on the home page");
			}
			waitFor(Field.VISIT_NEXT_DOOR);
		})));
		rows.add(new Row("verify a pushed-list entry", measure("verify a pushed-list entry", () -> {
			go("/");
			if (!fromHome(Field.HOME_VERIFY_FIRST)) {
				throw new NoWork("no pushed-list entry waits on the home page");
			}
			tap(Field.VERIFY_OUTCOME);
			tap(Field.VERIFY_ROUTE);
			tapThrough(Field.VERIFY_SUBMIT);
			waitFor(Field.VERIFY_SAVED);
		})));
		rows.add(new Row("record a check (person under observation)", measure("record a check", () -> {
			go("/");
			// Outside the day's check windows the home lists no check due: the worker opens today's list.
			if (!fromHome(Field.HOME_CHECK_FIRST)) {
				if (!tapLinkTo("/observations/today")) {
					go("/observations/today");
				}
				tapThrough(Field.CHECK_OPEN.formatted(day.order));
			}
			pickMissedSlotOutsideTheWindows();
			type(Field.CHECK_TEMPERATURE, "36.6");
			tapThrough(Field.CHECK_SUBMIT);
			waitFor(Field.CHECK_SAVED);
		})));

		Map<String, String> weights = pageWeights();
		print(rows, limits, weights, roundTrip);
	}

	/** A returnee with an ID number, the origin picked by its name, the dates, the temperature at the door. */
	private void registerArrival() {
		go("/");
		if (!tapLinkTo("/arrivals/new")) {
			go("/arrivals/new");
		}
		waitFor(Field.ARRIVAL_FORM);
		LocalDate today = LocalDate.now(FIELD_ZONE);
		type(Field.ARRIVAL_NAME, "返乡" + "张王李赵刘陈杨黄".charAt(ThreadLocalRandom.current().nextInt(8)) + "测");
		type(Field.ARRIVAL_ID, PhoneDay.idNumber());
		type(Field.ARRIVAL_PHONE, "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
		type(Field.ARRIVAL_ORIGIN, "武汉");
		String choice = Field.ARRIVAL_ORIGIN_CHOICE.formatted("420100", "420100");
		tap(choice);
		until(d -> "420100".equals(d.findElement(By.cssSelector(Field.ARRIVAL_ORIGIN)).getDomProperty("value")));
		// The arrival date is today by default; the departure date is typed as the phone's date field takes it.
		LocalDate left = today.minusDays(1);
		typeDate(Field.ARRIVAL_DEPARTURE, left);
		// Driving home is the form's default way of travel, which asks for the plate.
		type(Field.ARRIVAL_PLATE, "川Q" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		type(Field.ARRIVAL_TEMPERATURE, "36.7");
		tapThrough(Field.ARRIVAL_SUBMIT);
		waitFor(Field.ARRIVAL_SAVED);
	}

	/**
	 * A returnee the system knows (a resident the county registered): picked by name, the form comes back with
	 * name, ID number, phone and place; the worker adds the origin, the plate and the temperature.
	 */
	private void registerKnownArrival(PhoneDay day) {
		go("/");
		if (!tapLinkTo("/arrivals/new")) {
			go("/arrivals/new");
		}
		waitFor(Field.ARRIVAL_FORM);
		type(Field.ARRIVAL_KNOWN_SEARCH, day.knownName);
		tapThrough(Field.ARRIVAL_KNOWN_CHOICE.formatted(day.knownPerson));
		until(d -> day.knownName.equals(d.findElement(By.cssSelector(Field.ARRIVAL_NAME)).getDomProperty("value")));
		type(Field.ARRIVAL_ORIGIN, "武汉");
		tap(Field.ARRIVAL_ORIGIN_CHOICE.formatted("420100", "420100"));
		until(d -> "420100".equals(d.findElement(By.cssSelector(Field.ARRIVAL_ORIGIN)).getDomProperty("value")));
		type(Field.ARRIVAL_PLATE, "川Q" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		type(Field.ARRIVAL_TEMPERATURE, "36.5");
		tapThrough(Field.ARRIVAL_SUBMIT);
		waitFor(Field.ARRIVAL_SAVED);
	}

	/**
	 * Between the day's check windows (at night in the field's time) no slot is open and the form asks which
	 * missed one the reading is for: the worker opens the list and taps the latest (two taps).
	 */
	private void pickMissedSlotOutsideTheWindows() {
		WebElement slot = find(Field.CHECK_SLOT);
		if (!String.valueOf(slot.getDomProperty("value")).isEmpty()) {
			return;
		}
		List<WebElement> choices = slot.findElements(By.cssSelector("option:not([value=''])"));
		if (choices.isEmpty()) {
			throw new NoWork("no check window is open and no missed slot can be filled in");
		}
		new org.openqa.selenium.support.ui.Select(slot).selectByValue(choices.getLast().getDomAttribute("value"));
		taps += 2;
	}

	// ---- measuring ----

	private record Measure(String name, long millis, long interactiveMillis, int taps, int keys, int pages, long bytes,
			String skipped) {

		String summary() {
			return skipped != null ? "skipped: " + skipped
					: "%,d ms, %,d B in %d page(s)".formatted(millis, bytes, pages);
		}
	}

	private record Row(String flow, Measure measure) {
	}

	/** A flow's page offers no work to do; said so in the table. */
	private static final class NoWork extends RuntimeException {

		NoWork(String why) {
			super(why);
		}
	}

	private Measure measure(String name, Runnable flow) {
		drainLog();
		int tapsBefore = taps;
		int keysBefore = keys;
		long start = System.nanoTime();
		String skipped = null;
		try {
			flow.run();
		}
		catch (NoWork none) {
			skipped = none.getMessage();
		}
		catch (WebDriverException failed) {
			skipped = "failed (" + failed.getMessage().lines().findFirst().orElse("") + "); see " + keepEvidence(name);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long interactive = lastInteractive();
		Traffic traffic = drainLog();
		Measure m = new Measure(name, millis, interactive, taps - tapsBefore, keys - keysBefore, traffic.pages,
				traffic.bytes, skipped);
		BenchOutput.say("%-40s %s, %d taps, %d keys, load %s", name, m.summary(), m.taps, m.keys, BenchOutput.loadAverage());
		return m;
	}

	/** What the phone showed when a flow failed, kept for the reader: a screenshot and the page's HTML. */
	private String keepEvidence(String flow) {
		try {
			Path folder = Files.createDirectories(Path.of("target/bench-phone"));
			String stem = flow.replaceAll("[^A-Za-z0-9]+", "-");
			Files.write(folder.resolve(stem + ".png"), driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(folder.resolve(stem + ".html"), driver.getPageSource());
			return folder.resolve(stem + ".png").toString();
		}
		catch (Exception unkept) {
			return "nothing kept: " + unkept;
		}
	}

	private record Traffic(int pages, long bytes) {
	}

	/**
	 * The page's network since the last call, from DevTools' Network events that ChromeDriver keeps in its
	 * performance log: every response's encoded length (compressed body and headers, as received) and the
	 * documents loaded. Unlike Resource Timing it survives the page being replaced within a flow.
	 */
	private Traffic drainLog() {
		int pages = 0;
		long bytes = 0;
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			String method = message.path("method").asString();
			JsonNode params = message.path("params");
			if ("Network.loadingFinished".equals(method)) {
				bytes += params.path("encodedDataLength").asLong();
			}
			else if ("Network.responseReceived".equals(method) && "Document".equals(params.path("type").asString())
					&& !params.path("response").path("fromDiskCache").asBoolean()) {
				pages++;
			}
		}
		return new Traffic(pages, bytes);
	}

	/** The page now shown: how long after its navigation began it was interactive (Navigation Timing). */
	private long lastInteractive() {
		Object value = script("""
				const n = performance.getEntriesByType('navigation')[0];
				return n ? Math.round(n.domInteractive) : -1;
				""");
		return value instanceof Number number ? number.longValue() : -1;
	}

	/**
	 * {@code HEAD /login} past every cache: one round trip over the link and no body, the floor of any request.
	 * Not a static file: the service worker answers those, and its own fetches bypass the page's emulation.
	 */
	private long smallFetch() {
		Object value = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const start = performance.now();
				fetch('/login?bench=' + Date.now(), { method: 'HEAD', cache: 'no-store' })
				  .then(r => r.text()).then(() => done(Math.round(performance.now() - start)), () => done(-1));
				""");
		return ((Number) value).longValue();
	}

	/**
	 * Each field page loaded twice after the flows: the bytes of the second load (Resource Timing's
	 * transferSize of the page and all it loaded) against the budgets, 10 KB (issue 11) and 100 KB (DESIGN).
	 */
	private Map<String, String> pageWeights() {
		Map<String, String> weights = new LinkedHashMap<>();
		for (String page : List.of("/", "/arrivals/new", "/observations/today", "/verification")) {
			go(page);
			waitFor("main");
			long first = transferred();
			go(page);
			waitFor("main");
			long again = transferred();
			weights.put(page, "%,d B loaded again (%,d B before); %s 10 KB, %s 100 KB".formatted(again, first,
					again < 10 * 1024 ? "under" : "OVER", again < 100 * 1024 ? "under" : "OVER"));
		}
		return weights;
	}

	private long transferred() {
		return ((Number) script("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, e) => sum + e.transferSize, 0);
				""")).longValue();
	}

	private void print(List<Row> rows, Map<String, String> limits, Map<String, String> weights, long roundTrip) {
		System.out.println();
		System.out.println("| flow | taps | keystrokes | pages | bytes | interactive | total | total / round trip |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (Row row : rows) {
			Measure m = row.measure;
			if (m.skipped != null) {
				System.out.printf("| %s | skipped: %s |||||||%n", row.flow, m.skipped);
				continue;
			}
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %,d B | %s | %,d ms | %.1f× |%n", row.flow, m.taps, m.keys,
					m.pages, m.bytes, m.interactiveMillis >= 0 ? "%,d ms".formatted(m.interactiveMillis) : "?", m.millis,
					roundTrip > 0 ? (double) m.millis / roundTrip : 0);
		}
		BenchOutput.printTable("physical limit, same run, " + (throttled ? "emulated 3G" : "no throttling"), limits);
		BenchOutput.printTable("page weights after the first load", weights);
		BenchOutput.say("done, load %s", BenchOutput.loadAverage());
	}

	private static String ratio(long first, long again) {
		return "%,d B / %,d B = %s".formatted(first, again,
				again > 0 ? String.format(Locale.ROOT, "%.1f×", (double) first / again) : "∞");
	}

	// ---- the phone ----

	private static ChromeDriver chromium(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=360,740", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/** 400 kbps down and up, 400 ms latency, on the page's own DevTools session (kept across navigations). */
	private void emulateLink() {
		driver.executeCdpCommand("Network.enable", Map.of());
		if (throttled) {
			driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 400,
					"downloadThroughput", 400_000 / 8, "uploadThroughput", 400_000 / 8));
		}
	}

	private void go(String path) {
		driver.get(base + path);
	}

	private <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(PATIENCE_SECONDS)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private WebElement find(String css) {
		return until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	private void waitFor(String css) {
		find(css);
	}

	/** Types as a thumb does: one keystroke per character. */
	private void type(String css, String text) {
		WebElement field = until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
		field.clear();
		field.sendKeys(text);
		keys += text.codePointCount(0, text.length());
	}

	/**
	 * A date field takes its digits in the order of the browser's own locale (headless Chromium keeps en-US's
	 * month, day, year whatever --lang says; zh-CN's is year, month, day): eight keystrokes, tried in one order
	 * and then the other.
	 */
	private void typeDate(String css, LocalDate date) {
		WebElement field = until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
		String year = "%04d".formatted(date.getYear());
		String monthDay = "%02d%02d".formatted(date.getMonthValue(), date.getDayOfMonth());
		for (String digits : List.of(monthDay + year, year + Keys.ARROW_RIGHT + monthDay)) {
			field.clear();
			field.sendKeys(digits);
			if (date.toString().equals(field.getDomProperty("value"))) {
				keys += 8;
				return;
			}
		}
		throw new IllegalStateException("the date field " + css + " took " + field.getDomProperty("value"));
	}

	private void tap(String css) {
		until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
		taps++;
	}

	/** A tap that sends the page away; waits until the next one replaced it. */
	private void tapThrough(String css) {
		WebElement page = find("html");
		tap(css);
		until(d -> gone(page));
		waitFor(Field.NAV + ", main");
	}

	/** Taps the home page's first item (its link, or the button that does its usual work), if the home offers one. */
	private boolean fromHome(String css) {
		waitFor(Field.HOME_TITLE);
		if (driver.findElements(By.cssSelector(css)).isEmpty()) {
			return false;
		}
		tapThrough(css);
		return true;
	}

	/** Taps a visible link to {@code path} on the page shown, as a worker would, if there is one. */
	private boolean tapLinkTo(String path) {
		for (WebElement link : driver.findElements(By.cssSelector("a[href$='" + path + "']"))) {
			if (link.isDisplayed()) {
				WebElement page = find("html");
				link.click();
				taps++;
				until(d -> gone(page));
				return true;
			}
		}
		return false;
	}

	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException stale) {
			return true;
		}
		catch (WebDriverException unloading) {
			if (String.valueOf(unloading.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw unloading;
		}
	}

	private Object script(String code) {
		return ((JavascriptExecutor) driver).executeScript(code);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String plain = arg.replaceFirst("^--", "");
			int eq = plain.indexOf('=');
			options.put(eq < 0 ? plain : plain.substring(0, eq), eq < 0 ? "" : plain.substring(eq + 1));
		}
		return options;
	}
}
