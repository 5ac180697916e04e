package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bastion.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** The menu on a cheap phone: nothing scrolls sideways, and a grid worker's pages are two taps away. */
class PhoneNavigationBrowserTest extends BrowserTest {

	@BeforeEach
	void phoneSized() {
		browser.driver.manage().window().setSize(new Dimension(360, 740));
	}

	@Test
	void aGridWorkerReachesTodaysChecksThroughTheMenuWithoutScrollingSideways() {
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		assertThat(viewportWidth()).isLessThanOrEqualTo(360);
		assertNoSidewaysScroll();
		assertThat(browser.find("#nav-checks-today").isDisplayed()).as("folded menu").isFalse();

		browser.click("#nav-menu-toggle");
		assertThat(browser.find("#nav-checks-today").isDisplayed()).as("open menu").isTrue();
		assertThat(browser.text("#nav-group-health")).contains("健康监测").contains("今日测温");
		assertNoSidewaysScroll();

		browser.click("#nav-checks-today");
		browser.waitFor("#monitor-list");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/observations/today");
		assertThat(browser.text("#nav-menu-toggle")).contains("今日测温");
		assertNoSidewaysScroll();
	}

	@Test
	void anAdministratorsLongerMenuStillFitsTheScreen() {
		browser.signIn("demo-admin", ApiClient.PASSWORD);
		browser.click("#nav-menu-toggle");
		assertThat(browser.find("#nav-audit").isDisplayed()).isTrue();
		assertNoSidewaysScroll();
		browser.click("#nav-audit");
		browser.waitFor("#audit-table");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/audit");
		// The audit page's own width depends on what other tests logged, so it is not asserted here.
	}

	@Test
	void aWideScreenShowsTheGroupsWithoutTheMenuButton() {
		browser.driver.manage().window().setSize(new Dimension(1280, 800));
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		assertThat(browser.find("#nav-menu-toggle").isDisplayed()).isFalse();
		assertThat(browser.find("#nav-checks-today").isDisplayed()).isTrue();
		browser.click("#nav-checks-today");
		browser.waitFor("#monitor-list");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/observations/today");
		assertNoSidewaysScroll();
	}

	private void assertNoSidewaysScroll() {
		List<?> widths = (List<?>) script("return [document.documentElement.scrollWidth, window.innerWidth]");
		assertThat(((Number) widths.get(0)).longValue())
			.as(() -> "page width against the window on " + browser.driver.getCurrentUrl() + "; wider than the window: "
					+ tooWide())
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

	/** The innermost elements that reach past the window's right edge, to say what to fix. */
	private Object tooWide() {
		return script("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
				    && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
				  .slice(0, 5)
				  .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' "' + e.textContent.trim().slice(0, 60) + '"');
				""");
	}

	private long viewportWidth() {
		return ((Number) script("return window.innerWidth")).longValue();
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser.driver).executeScript(code);
	}
}
