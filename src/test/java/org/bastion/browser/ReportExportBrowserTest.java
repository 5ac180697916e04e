package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bastion.shared.ReportFigureSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * HQ maps the report's figures to DHIS2 on its page, is told beside the field what an id must look like,
 * and the export page then names the figures still left out.
 */
@Import(ReportExportBrowserTest.FixtureFigures.class)
class ReportExportBrowserTest extends BrowserTest {

	/** Figures for the page to list, on a branch where no module contributes any yet. */
	@TestConfiguration
	static class FixtureFigures {

		@Bean
		ReportFigureSource browserTestFigures() {
			return new ReportFigureSource() {

				@Override
				public List<ReportFigure> figures() {
					return List.of(new ReportFigure("browsertest.arrivals", "browsertest", ReportFigure.Kind.FLOW),
							new ReportFigure("browsertest.fevers", "browsertest", ReportFigure.Kind.FLOW));
				}

				@Override
				public List<PlaceCount> counts(ReportWindow window, String scope) {
					return List.of();
				}
			};
		}
	}

	@Test
	void hqMapsAFigureAfterBeingToldTheRuleAndTheExportPageNamesTheOneLeftOut() {
		browser.signIn("demo-county", org.bastion.ApiClient.PASSWORD);
		browser.go("/reports/dhis2-mapping");
		browser.type("#dhis2-browsertest-arrivals", "ABC");
		browser.type("#dhis2-browsertest-fevers", "");
		browser.click("#dhis2-submit");
		browser.waitFor("#dhis2-browsertest-arrivals-error");
		assertThat(browser.text("#dhis2-browsertest-arrivals-error")).contains("11").contains("ABC");

		browser.type("#dhis2-browsertest-arrivals", "ArrivalsD01");
		browser.click("#dhis2-submit");
		browser.waitFor("#dhis2-notice");
		assertThat(browser.find("#dhis2-browsertest-arrivals").getDomProperty("value")).isEqualTo("ArrivalsD01");

		browser.go("/reports/export");
		browser.waitFor("#export-unmapped");
		assertThat(browser.text("#export-unmapped")).contains("browsertest.fevers").doesNotContain("browsertest.arrivals");
		assertThat(browser.text("#export-place")).contains("共乐镇");
	}
}
