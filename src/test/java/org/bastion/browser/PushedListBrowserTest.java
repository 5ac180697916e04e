package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.core.io.ClassPathResource;

/** An HQ clerk uploads a pushed list with bad rows, watches the import and downloads the error file. */
class PushedListBrowserTest extends BrowserTest {

	@Test
	void uploadAListWatchItsProgressAndDownloadTheErrorFile() throws Exception {
		Path file = Files.createTempFile("pushed-list-", ".xlsx");
		Files.write(file, new ClassPathResource("samples/pushed-list-xingwen-2020-02-03.xlsx").getContentAsByteArray());
		browser.signIn("demo-county", org.bastion.ApiClient.PASSWORD);
		browser.go("/pushed-lists/new");
		browser.type("#list-name", "市指挥部推送 2月3日");
		browser.find("#list-file").sendKeys(file.toString());
		browser.click("#pushed-list-submit");

		browser.waitFor("#list-errors-csv");
		assertThat(browser.text("#list-rows")).isEqualTo("500");
		assertThat(browser.text("#list-accepted")).isEqualTo("494");
		assertThat(browser.text("#list-rejected")).isEqualTo("6");
		assertThat(browser.find("#list-areas").getText()).contains("共乐镇");

		String href = browser.find("#list-errors-csv").getAttribute("href");
		Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
		HttpResponse<String> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(download.body().lines().count()).isEqualTo(7);
		assertThat(download.body()).contains("校验位");
		Files.deleteIfExists(file);
	}

	@Test
	void aGridWorkerSeesTheirListPage() throws IOException {
		browser.signIn("demo-grid", org.bastion.ApiClient.PASSWORD);
		browser.go("/verification");
		browser.waitFor("main h1");
		assertThat(browser.text("main h1")).isEqualTo("待核查人员");
	}
}
