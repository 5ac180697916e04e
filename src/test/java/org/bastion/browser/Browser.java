package org.bastion.browser;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium driven by Selenium, sized like a cheap phone. Without Chromium on the machine
 * the browser tests are skipped with a message, except in CI, where that is a failure.
 */
final class Browser implements AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	static Browser open(int port) {
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
				"--window-size=360,780", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return new Browser(driver, "http://localhost:" + port);
	}

	void go(String path) {
		driver.get(base + path);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void click(String css) {
		find(css).click();
	}

	void waitFor(String css) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
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
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
		waitFor("nav.nav");
	}

	/** Opens the phone's menu, if it is folded, so that its links can be clicked. */
	void openMenu() {
		WebElement menu = find("#nav-menu");
		if (menu.getDomAttribute("open") == null && find("#nav-menu-toggle").isDisplayed()) {
			click("#nav-menu-toggle");
		}
	}

	String text(String css) {
		return find(css).getText();
	}

	@Override
	public void close() {
		driver.quit();
	}
}
