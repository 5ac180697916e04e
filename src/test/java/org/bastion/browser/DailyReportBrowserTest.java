package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A village with nothing new submits a zero report in one tap on the phone; its township sees the village
 * reported, submits its own and sees itself complete.
 */
class DailyReportBrowserTest extends BrowserTest {

	@Test
	void aVillagesZeroReportAndTheTownshipsOwnMakeTheTownshipComplete() {
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		String township = "511528" + ThreadLocalRandom.current().nextInt(900, 1000);
		String village = township + "201";
		create(admin, township, "报表测试镇", "511528", "TOWNSHIP");
		create(admin, village, "报表测试村", township, "VILLAGE");
		String cadre = account(admin, "VILLAGE_CADRE", village);
		String staff = account(admin, "TOWNSHIP_STAFF", township);

		browser.signIn(cadre, ApiClient.PASSWORD);
		browser.go("/reports");
		browser.waitFor("#report-zero-submit");
		assertThat(browser.text("#report-heading")).contains("报表测试村");
		assertThat(browser.text("#report-status")).isEqualTo("未报");
		browser.type("#reporterPhone", "13800001111");
		browser.click("#report-zero-submit");
		browser.waitFor("#report-submitted");
		assertThat(browser.text("#report-submitted")).isEqualTo("零报告已上报。");
		assertThat(browser.text("#report-status")).isEqualTo("按时上报");

		browser.close();
		browser = Browser.open(port);
		browser.signIn(staff, ApiClient.PASSWORD);
		browser.go("/reports");
		browser.waitFor("#completeness-tally");
		assertThat(browser.text("#submitted-" + village)).contains("报表测试村", "零报告");
		assertThat(browser.text("#completeness-missing")).contains("报表测试镇").doesNotContain("报表测试村");

		browser.clickThrough("#missing-" + township + " a");
		browser.type("#reporterPhone", "0831-6666666");
		browser.click("#report-zero-submit");
		browser.waitFor("#report-submitted");
		browser.go("/reports/completeness");
		browser.waitFor("#completeness-all-in");
		assertThat(browser.text("#completeness-tally")).contains("上报率 100%");
	}

	private static void create(RestClient admin, String code, String name, String parent, String level) {
		admin.post()
			.uri("/api/v1/jurisdictions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", code, "name", name, "parentCode", parent, "level", level))
			.retrieve()
			.toBodilessEntity();
	}

	private static String account(RestClient admin, String role, String code) {
		String username = "rb-" + UUID.randomUUID().toString().substring(0, 10);
		admin.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", "报表 " + username.substring(3, 7), "password",
					ApiClient.PASSWORD, "role", role, "jurisdictionCode", code))
			.retrieve()
			.toBodilessEntity();
		return username;
	}
}
