package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bastion.reporting.DashboardFixture;
import org.bastion.reporting.DashboardPlaces;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The county leader opens the dashboard on a phone: the figures of the records a test registered, the charts
 * drawn by ECharts, a township's villages opened from its table and back up the breadcrumb; then the HQ wall,
 * which counts again by itself and shows a record registered meanwhile.
 */
@Import(DashboardFixture.class)
@TestPropertySource(properties = "bastion.dashboard.wall-refresh=2s")
class DashboardBrowserTest extends BrowserTest {

	private static final String RESIDENTS_TODAY = "#figure-fixture-residents-today";

	@Test
	void theLeaderReadsTheFiguresTheChartsAndTheVillagesAndTheWallRefreshesItself() {
		DashboardPlaces places = DashboardPlaces.create(port);
		places.residents(places.village(), 2);
		places.residents(places.otherVillage(), 1);

		browser.signIn("demo-leader", "demo12345");
		browser.openMenu();
		browser.clickThrough("#nav-dashboard");
		browser.waitFor("#area-" + places.township());
		browser.go("/dashboard?jurisdiction=" + places.township());
		browser.waitFor("#dashboard-title");
		assertThat(browser.text("#dashboard-title")).contains(places.townshipName());
		assertThat(browser.text(RESIDENTS_TODAY)).isEqualTo("3");
		assertThat(browser.find(RESIDENTS_TODAY).getDomAttribute("href"))
			.isEqualTo(DashboardFixture.residentsLink(places.township()));

		// The charts load after the page and are drawn by ECharts on a canvas.
		browser.until(d -> script("var box = document.getElementById('chart-community');"
				+ "return box !== null && typeof echarts !== 'undefined' && echarts.getInstanceByDom(box) != null"
				+ " && box.querySelector('canvas') !== null;"));
		// On a 360-pixel phone the page never scrolls sideways (the table scrolls inside its own box) and the
		// charts shrink to the screen. Headless Chromium keeps its window wider than that: the phone is emulated.
		((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
		browser.until(d -> ((Number) script("return window.innerWidth;")).longValue() == 360
				&& ((Number) script("return document.getElementById('chart-community').querySelector('canvas')"
						+ ".getBoundingClientRect().width;")).doubleValue() <= 360);
		assertNoSidewaysScroll();

		// A village's name opens its dashboard, a click on another row the other's, the breadcrumb goes back up.
		browser.clickThrough("#drill-" + places.village());
		assertThat(browser.text("#dashboard-title")).contains(places.villageName());
		assertThat(browser.text(RESIDENTS_TODAY)).isEqualTo("2");
		browser.clickThrough("#crumb-" + places.township());
		browser.clickThrough("#area-" + places.otherVillage() + " td");
		assertThat(browser.text(RESIDENTS_TODAY)).isEqualTo("1");
		browser.clickThrough("#crumb-" + places.township());
		assertThat(browser.text(RESIDENTS_TODAY)).isEqualTo("3");

		// The wall: no page shell, and the figures and charts count again by themselves.
		browser.clickThrough("#dashboard-wall-toggle");
		browser.waitFor("main.dashboard-wall");
		assertThat(browser.find("#nav").isDisplayed()).isFalse();
		String firstStamp = browser.text("#dashboard-refreshed");
		browser.until(d -> script("var all = document.getElementById('dashboard-charts');"
				+ "return Number(all.getAttribute('data-drawn') || '0') >= 1;"));
		places.residents(places.village(), 1);
		browser.until(d -> !browser.text("#dashboard-refreshed").equals(firstStamp)
				&& browser.text(RESIDENTS_TODAY).equals("4"));
		browser.until(d -> script("return Number(document.getElementById('dashboard-charts').getAttribute('data-drawn')) >= 2;"));
	}

	private void assertNoSidewaysScroll() {
		List<?> widths = (List<?>) script("return [document.documentElement.scrollWidth, window.innerWidth]");
		assertThat(((Number) widths.get(0)).longValue())
			.as(() -> "page width against the window; wider than the window: " + tooWide())
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

	/** The innermost elements that reach past the window's right edge, to say what to fix. */
	private Object tooWide() {
		return script("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
				    && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
				  .slice(0, 8)
				  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' "' + e.textContent.trim().slice(0, 40) + '"');
				""");
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser.driver).executeScript(code);
	}
}
