package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.http.MediaType;

/** What a county clerk does first, in a real Chromium at a phone's width. */
class MainFlowsBrowserTest extends BrowserTest {

	@Test
	void signInShowsTheAreaAndItsFigures() {
		browser.signIn("demo-county", ApiClient.PASSWORD);
		assertThat(browser.text("#home-areas")).contains("兴文县");
		assertThat(Long.parseLong(browser.text("#figure-persons").replace(",", ""))).isPositive();
	}

	@Test
	void aWrongPasswordIsSaidPlainly() {
		browser.go("/login");
		browser.type("#username", "demo-county");
		browser.type("#password", "not-the-password");
		browser.click("#login-submit");
		browser.waitFor("#login-error");
		assertThat(browser.text("#login-error")).contains("密码错误");
	}

	@Test
	void findAPersonByName() {
		String name = "寻" + uniqueSuffix();
		register(name);
		browser.signIn("demo-county", ApiClient.PASSWORD);
		browser.go("/people");
		browser.type("#people-q", name);
		browser.find("#people-q").sendKeys(Keys.ENTER);
		browser.waitFor("main");
		assertThat(browser.driver.getPageSource()).contains(name);
	}

	@Test
	void registeringWithAWrongIdNumberNamesTheField() {
		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/people/new");
		browser.type("#name", "错号" + uniqueSuffix());
		String valid = IdNumber.of("511528", LocalDate.of(1985, 6, 15), 123).value();
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		browser.type("#idNumber", valid.substring(0, 17) + wrong);
		browser.click("#register-submit");
		browser.waitFor(".field-error");
		assertThat(browser.text(".field-error")).contains("校验");
	}

	@Test
	void switchTheLanguage() {
		browser.signIn("demo-county", ApiClient.PASSWORD);
		browser.openMenu();
		assertThat(browser.text("nav.nav")).contains("人员");
		browser.clickThrough("#lang-en");
		browser.openMenu();
		assertThat(browser.text("nav.nav")).contains("People");
		browser.clickThrough("#lang-zh-TW");
		browser.openMenu();
		assertThat(browser.text("nav.nav")).contains("人員");
		browser.clickThrough("#lang-zh-CN");
		browser.openMenu();
		assertThat(browser.text("nav.nav")).contains("人员");
	}

	private void register(String name) {
		String id = IdNumber.of("110105", LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
				ThreadLocalRandom.current().nextInt(1000)).value();
		var response = ApiClient.signedIn(port, "demo-county")
			.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("idNumber", id, "name", name, "phone", "13912345678", "jurisdictionCode", "511528103"))
			.retrieve()
			.toBodilessEntity();
		assertThat(response.getStatusCode().value()).isEqualTo(201);
	}

	private static String uniqueSuffix() {
		String digits = "零一二三四五六七八九";
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			suffix.append(digits.charAt(ThreadLocalRandom.current().nextInt(10)));
		}
		return suffix.toString();
	}
}
