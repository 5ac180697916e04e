package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * HQ records a confirmed case, pastes its close contacts from a spreadsheet, puts them all under
 * observation with one click and follows them on the tracing view.
 */
class CaseBrowserTest extends BrowserTest {

	@Test
	void aConfirmedCasesContactsArePastedObservedAndTraced() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		String idNumber = IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
		String name = "确" + UUID.randomUUID().toString().substring(0, 5);
		ApiClient.signedIn(port, "demo-county")
			.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", "511528103"))
			.retrieve()
			.toBodilessEntity();
		String first = "密" + UUID.randomUUID().toString().substring(0, 4);
		String second = "密" + UUID.randomUUID().toString().substring(0, 4);

		browser.signIn("demo-county", ApiClient.PASSWORD);
		browser.go("/cases/new");
		browser.type("#case-id-number", idNumber);
		browser.find("#case-status").sendKeys("确诊");
		browser.type("#case-hospital", "兴文县人民医院");
		browser.click("#case-submit");
		browser.waitFor("#case-person");
		assertThat(browser.text("#case-person")).isEqualTo(name);
		assertThat(browser.text("h1 .case-status")).isEqualTo("确诊");

		// Commas, not tabs: a tab typed into a textarea moves the focus on.
		browser.type("#contact-lines", first + "，13912340001，，同事，" + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)
				+ "\n" + second + ",13912340002,,家人");
		browser.click("#contact-paste-submit");
		browser.waitFor("#contacts-added");
		assertThat(browser.text("#contacts")).contains(first, second, "未观察");

		browser.click("#contacts-observe");
		browser.waitFor("#contacts-observed");
		assertThat(browser.text("#contacts-observed")).contains("已纳入观察2人");
		assertThat(browser.text("#contacts")).contains("观察中").doesNotContain("未观察");

		browser.click("#case-tracing");
		browser.waitFor("#tracing");
		assertThat(browser.text("#tracing")).contains(name, first, second, "观察中");
	}
}
