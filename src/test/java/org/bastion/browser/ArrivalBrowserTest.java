package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.MediaType;

/** A grid worker registers a returnee from Hubei on a phone and sees the flag and the measure. */
class ArrivalBrowserTest extends BrowserTest {

	private Long area;

	@AfterEach
	void endTheDesignation() {
		if (area != null) {
			// Ends the designation on its first day so that it touches as few other arrivals as it can.
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			ApiClient.signedIn(port, "demo-county")
				.post()
				.uri("/api/v1/risk-areas/" + area + "/end")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("to", today.toString()))
				.retrieve()
				.toBodilessEntity();
		}
	}

	@Test
	void aGridWorkerRegistersAHubeiPlateAndSeesTheFlagAndTheMeasure() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, Object> designation = new LinkedHashMap<>();
		designation.put("divisionCode", "420100");
		designation.put("level", "HIGH");
		designation.put("from", today.toString());
		designation.put("to", today.toString());
		@SuppressWarnings("unchecked")
		Map<String, Object> created = ApiClient.signedIn(port, "demo-county")
			.post()
			.uri("/api/v1/risk-areas")
			.contentType(MediaType.APPLICATION_JSON)
			.body(designation)
			.retrieve()
			.body(Map.class);
		area = ((Number) created.get("id")).longValue();

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/arrivals/new");
		browser.type("#name", "返乡" + suffix());
		browser.type("#idNumber", IdNumber.of("110105",
				LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
				ThreadLocalRandom.current().nextInt(1000)).value());
		browser.type("#phone", "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
		browser.type("#originCode", "武汉");
		browser.waitFor("#originCode-choices .origin-choice[data-code='420100']");
		browser.click("#originCode-choices .origin-choice[data-code='420100']");
		browser.waitFor("#originCode-chosen");
		// The picker swaps the field when a choice is made: a field found just before the swap goes stale.
		browser.until(d -> "420100".equals(d.findElement(By.id("originCode")).getDomProperty("value")));
		assertThat(browser.text("#originCode-chosen")).contains("湖北省武汉市");
		assertThat(browser.find("#arrivalDate").getDomProperty("value")).isEqualTo(today.toString());
		assertThat(browser.find("#temperature").getDomAttribute("inputmode")).isEqualTo("decimal");
		browser.type("#plate", "鄂A" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		browser.type("#temperature", "36.8");
		browser.find("#arrival-submit").submit();
		browser.waitFor("#arrival-risk-level");

		assertThat(browser.text("#arrival-risk-level")).isEqualTo("高风险");
		assertThat(browser.find("#arrival-risk-level").getDomAttribute("class")).contains("badge-red");
		assertThat(browser.text("#arrival-measure")).isEqualTo("集中隔离");
		assertThat(browser.text("#arrival-reasons")).contains("鄂", "武汉市");
	}

	private static String suffix() {
		String digits = "零一二三四五六七八九";
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			suffix.append(digits.charAt(ThreadLocalRandom.current().nextInt(10)));
		}
		return suffix.toString();
	}
}
