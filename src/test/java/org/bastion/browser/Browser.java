package org.bastion.browser;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium driven by Selenium, sized like a cheap phone. Without Chromium on the machine
 * the browser tests are skipped with a message, except in CI, where that is a failure.
 *
 * <p>Every look-up waits explicitly for what it needs (the element present, clickable or visible, a
 * page replaced), up to {@link #PATIENCE}: on a loaded machine a page can take many seconds, and a
 * test that waits less fails for no fault of the application. There is no implicit wait, which would
 * add to every explicit one and slow down checks that something is absent.
 */
final class Browser implements AutoCloseable {

	/** How long a step may take before the test fails: generous, since waiting ends as soon as the step is done. */
	static final Duration PATIENCE = Duration.ofSeconds(120);

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	static Browser open(int port) {
		return open(port, null, "--window-size=360,780");
	}

	/**
	 * A browser keeping its profile (cookies, IndexedDB, the service worker and its caches) in
	 * {@code profile}, so that a second one opened on it is the same phone started again.
	 */
	static Browser onPhone(int port, Path profile) {
		return open(port, profile, "--window-size=360,640");
	}

	private static Browser open(int port, Path profile, String size) {
		boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
		if (!present) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but Chromium is missing at " + CHROMIUM + " or " + DRIVER);
			}
			Assumptions.abort("Browser tests skipped: install Debian's chromium and chromium-driver to run them");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				size, "--lang=zh-CN");
		if (profile != null) {
			options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser(driver, "http://localhost:" + port);
	}

	void go(String path) {
		driver.get(base + path);
	}

	/** Waits until {@code condition} answers something other than null or false, ignoring elements gone stale meanwhile. */
	<T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
	}

	WebElement find(String css) {
		return until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	void type(String css, String text) {
		WebElement field = until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks the element, found again when htmx swapped it out between finding and clicking (a stale reference). */
	void click(String css) {
		until(driver -> {
			WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(driver);
			if (element == null) {
				return null;
			}
			element.click();
			return true;
		});
	}

	void waitFor(String css) {
		find(css);
	}

	/**
	 * Picks a place in the place picker of {@code field} as a worker does: types a part of its name and taps
	 * the place offered with that code, then waits until the form holds the code.
	 */
	void pickPlace(String field, String name, String code) {
		pick(field, name, code);
	}

	/**
	 * Picks a choice in any picker (picker.html) of {@code field}: types {@code typed}, taps the choice whose
	 * key is {@code key} and waits until the form holds the key.
	 */
	void pick(String field, String typed, String key) {
		type(byId(field + "-search"), typed);
		click(byId(field + "-choices") + " .picker-choice[data-code='" + key + "']");
		until(driver -> key.equals(find(byId(field)).getAttribute("value")));
	}

	/**
	 * {@link #pickPlace} for a place below one the search finds: types the name of the place above, taps
	 * "下级" beside it, and taps the place below.
	 */
	void pickPlaceBelow(String field, String aboveName, String aboveCode, String code) {
		type(byId(field + "-search"), aboveName);
		click(byId(field + "-choices") + " .picker-open[data-parent='" + aboveCode + "']");
		click(byId(field + "-choices") + " .picker-choice[data-code='" + code + "']");
		until(driver -> code.equals(find(byId(field)).getAttribute("value")));
	}

	/** A selector of the element with this id, which may hold brackets and dots ({@code occupants[0].originCode}). */
	static String byId(String id) {
		return "[id='" + id + "']";
	}

	void signIn(String username, String password) {
		go("/login");
		type("#username", username);
		type("#password", password);
		click("#login-submit");
		waitFor("nav.nav");
	}

	/**
	 * Clicks a link that loads another page and waits until that page has replaced this one: waiting for
	 * an element both pages have would otherwise find the old page's, which goes stale under the test.
	 */
	void clickThrough(String css) {
		WebElement page = find("html");
		click(css);
		untilGone(page);
		waitFor("nav.nav");
	}

	/** Waits until the element's page was left (a form sent, a link followed). */
	void untilGone(WebElement element) {
		until(driver -> gone(element));
	}

	/**
	 * Whether the element's document was left. Chromium answers a stale reference in two ways: stale, or,
	 * caught while it unloads the page, an "unknown error" that the node belongs to no document.
	 */
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

	/** Opens the phone's menu, if it is folded, so that its links can be clicked. */
	void openMenu() {
		WebElement menu = find("#nav-menu");
		if (menu.getDomAttribute("open") == null && find("#nav-menu-toggle").isDisplayed()) {
			click("#nav-menu-toggle");
		}
	}

	/** The element's text, read again when htmx or a page load replaced it between finding and reading. */
	String text(String css) {
		return until(driver -> find(css).getText());
	}

	@Override
	public void close() {
		driver.quit();
	}
}
